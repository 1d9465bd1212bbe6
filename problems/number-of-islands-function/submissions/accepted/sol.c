/* Sink each island with an explicit stack of cell indices (r * n + c). */
int numIslands(char** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0], count = 0;
    int *stack = malloc((size_t)m * n * sizeof(int));
    static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++) {
            if (grid[i][j] != '1')
                continue;
            count++;
            int top = 0;
            grid[i][j] = '0';
            stack[top++] = i * n + j;
            while (top > 0) {
                int r = stack[top - 1] / n, c = stack[top - 1] % n;
                top--;
                for (int d = 0; d < 4; d++) {
                    int rr = r + dr[d], cc = c + dc[d];
                    if (rr >= 0 && rr < m && cc >= 0 && cc < n &&
                        grid[rr][cc] == '1') {
                        grid[rr][cc] = '0';
                        stack[top++] = rr * n + cc;
                    }
                }
            }
        }
    free(stack);
    return count;
}

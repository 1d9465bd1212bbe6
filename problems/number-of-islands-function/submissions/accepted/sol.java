class Solution {
    // Sink each island with an explicit stack of cell indices (r * n + c).
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length, count = 0;
        int[] stack = new int[m * n];
        int[] dr = {-1, 1, 0, 0}, dc = {0, 0, -1, 1};
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1')
                    continue;
                count++;
                int top = 0;
                grid[i][j] = '0';
                stack[top++] = i * n + j;
                while (top > 0) {
                    int cell = stack[--top], r = cell / n, c = cell % n;
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
        return count;
    }
}

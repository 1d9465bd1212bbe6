/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // Sink each island with an explicit stack of cell indices (r * n + c).
    const m = grid.length, n = grid[0].length;
    const stack = new Int32Array(m * n);
    const dr = [-1, 1, 0, 0], dc = [0, 0, -1, 1];
    let count = 0;
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1')
                continue;
            count++;
            let top = 0;
            grid[i][j] = '0';
            stack[top++] = i * n + j;
            while (top > 0) {
                const cell = stack[--top], r = Math.floor(cell / n), c = cell % n;
                for (let d = 0; d < 4; d++) {
                    const rr = r + dr[d], cc = c + dc[d];
                    if (rr >= 0 && rr < m && cc >= 0 && cc < n &&
                        grid[rr][cc] === '1') {
                        grid[rr][cc] = '0';
                        stack[top++] = rr * n + cc;
                    }
                }
            }
        }
    return count;
};

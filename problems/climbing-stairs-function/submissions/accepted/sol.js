/**
 * @param {number} n
 * @return {number}
 */
var climbStairs = function(n) {
    let a = 1, b = 1;   // ways to reach steps i - 1 and i
    for (let i = 1; i < n; i++)
        [a, b] = [b, a + b];
    return b;
};

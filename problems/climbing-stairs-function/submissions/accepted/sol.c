int climbStairs(int n) {
    int a = 1, b = 1;           /* ways to reach steps i - 1 and i */
    for (int i = 1; i < n; i++) {
        int c = a + b;
        a = b;
        b = c;
    }
    return b;
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int by_start(const void *a, const void *b) {
    const int *x = *(int *const *)a, *y = *(int *const *)b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    qsort(intervals, intervalsSize, sizeof(int *), by_start);
    int **res = malloc(intervalsSize * sizeof(int *));
    int *cols = malloc(intervalsSize * sizeof(int));
    int n = 0;
    for (int i = 0; i < intervalsSize; i++) {
        int s = intervals[i][0], e = intervals[i][1];
        if (n > 0 && s <= res[n - 1][1]) {
            if (e > res[n - 1][1])
                res[n - 1][1] = e;
        } else {
            res[n] = malloc(2 * sizeof(int));
            res[n][0] = s;
            res[n][1] = e;
            cols[n++] = 2;
        }
    }
    *returnSize = n;
    *returnColumnSizes = cols;
    return res;
}

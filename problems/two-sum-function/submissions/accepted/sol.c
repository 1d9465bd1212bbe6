/* Sort indices by value, then walk two pointers: O(n log n). */
static int *vals;

static int cmp(const void *a, const void *b) {
    int x = vals[*(const int *)a], y = vals[*(const int *)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *idx = malloc(numsSize * sizeof(int));
    int *r = malloc(2 * sizeof(int));
    for (int i = 0; i < numsSize; i++)
        idx[i] = i;
    vals = nums;
    qsort(idx, numsSize, sizeof(int), cmp);
    int lo = 0, hi = numsSize - 1;
    *returnSize = 0;
    while (lo < hi) {
        long long s = (long long)nums[idx[lo]] + nums[idx[hi]];
        if (s == target) {
            r[0] = idx[lo];
            r[1] = idx[hi];
            *returnSize = 2;
            break;
        }
        if (s < target)
            lo++;
        else
            hi--;
    }
    free(idx);
    return r;
}

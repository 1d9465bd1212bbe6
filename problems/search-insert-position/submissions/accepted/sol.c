int searchInsert(int* nums, int numsSize, int target) {
    /* the answer is in [lo, hi]: the first index with nums[i] >= target */
    int lo = 0, hi = numsSize;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

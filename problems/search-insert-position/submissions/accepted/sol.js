/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var searchInsert = function(nums, target) {
    // the answer is in [lo, hi]: the first index with nums[i] >= target
    let lo = 0, hi = nums.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
};

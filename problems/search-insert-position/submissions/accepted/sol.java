class Solution {
    public int searchInsert(int[] nums, int target) {
        // the answer is in [lo, hi]: the first index with nums[i] >= target
        int lo = 0, hi = nums.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] < target)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}

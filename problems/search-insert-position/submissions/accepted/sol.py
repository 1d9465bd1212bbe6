class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        # the answer is in [lo, hi]: the first index with nums[i] >= target
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo

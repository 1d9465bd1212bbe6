class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        k = 0  # the next free position
        for x in nums:
            if x:
                nums[k] = x
                k += 1
        for i in range(k, len(nums)):
            nums[i] = 0

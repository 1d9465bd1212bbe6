class Solution {
    public void moveZeroes(int[] nums) {
        int k = 0;              // the next free position
        for (int x : nums)
            if (x != 0)
                nums[k++] = x;
        while (k < nums.length)
            nums[k++] = 0;
    }
}

class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Long, Integer> seen = new HashMap<>(nums.length * 2);
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get((long) target - nums[i]);
            if (j != null)
                return new int[] {j, i};
            seen.put((long) nums[i], i);
        }
        return new int[0];
    }
}

class Solution {
    public int singleNumber(int[] nums) {
        // ones/twos hold, per bit, the count of set bits seen so far mod 3
        // (ones: count 1, twos: count 2).
        int ones = 0, twos = 0;
        for (int x : nums) {
            ones = (ones ^ x) & ~twos;
            twos = (twos ^ x) & ~ones;
        }
        return ones;
    }
}

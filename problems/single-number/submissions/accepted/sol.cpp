class Solution {
public:
    // ones/twos hold, per bit, the count of set bits seen so far mod 3
    // (ones: count 1, twos: count 2).
    int singleNumber(vector<int>& nums) {
        unsigned ones = 0, twos = 0;
        for (int v : nums) {
            unsigned x = (unsigned)v;
            ones = (ones ^ x) & ~twos;
            twos = (twos ^ x) & ~ones;
        }
        return (int)ones;
    }
};

class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        size_t k = 0;           // the next free position
        for (int x : nums)
            if (x != 0)
                nums[k++] = x;
        fill(nums.begin() + k, nums.end(), 0);
    }
};

/**
 * @param {number[]} nums
 * @param {number} k
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var rotate = function(nums, k) {
    const n = nums.length;
    k %= n;
    const rev = (i, j) => {
        for (j--; i < j; i++, j--) {
            const t = nums[i];
            nums[i] = nums[j];
            nums[j] = t;
        }
    };
    rev(0, n);
    rev(0, k);
    rev(k, n);
};

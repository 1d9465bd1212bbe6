/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    // ones/twos hold, per bit, the count of set bits seen so far mod 3
    // (ones: count 1, twos: count 2); bit operators work on 32-bit ints.
    let ones = 0, twos = 0;
    for (const x of nums) {
        ones = (ones ^ x) & ~twos;
        twos = (twos ^ x) & ~ones;
    }
    return ones;
};

/* ones/twos hold, per bit, the count of set bits seen so far mod 3
 * (ones: count 1, twos: count 2). */
int singleNumber(int* nums, int numsSize) {
    unsigned ones = 0, twos = 0;
    for (int i = 0; i < numsSize; i++) {
        unsigned x = (unsigned)nums[i];
        ones = (ones ^ x) & ~twos;
        twos = (twos ^ x) & ~ones;
    }
    return (int)ones;
}

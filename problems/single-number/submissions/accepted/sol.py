class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # ones/twos hold, per bit, the count of set bits seen so far mod 3
        # (ones: count 1, twos: count 2); Python ints are unbounded, so
        # negative values work the same in two's complement.
        ones = twos = 0
        for x in nums:
            ones = (ones ^ x) & ~twos
            twos = (twos ^ x) & ~ones
        return ones

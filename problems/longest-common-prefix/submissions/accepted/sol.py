class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        # min and max in sorted order differ first where all strings do
        lo, hi = min(strs), max(strs)
        i = 0
        n = min(len(lo), len(hi))
        while i < n and lo[i] == hi[i]:
            i += 1
        return lo[:i]

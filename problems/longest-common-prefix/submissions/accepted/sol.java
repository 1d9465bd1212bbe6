class Solution {
    public String longestCommonPrefix(String[] strs) {
        // len: length of the prefix common to strs[0..i]
        int len = strs[0].length();
        for (int i = 1; i < strs.length && len > 0; i++) {
            int j = 0, lim = Math.min(len, strs[i].length());
            while (j < lim && strs[i].charAt(j) == strs[0].charAt(j))
                j++;
            len = j;
        }
        return strs[0].substring(0, len);
    }
}

class Solution {
public:
    string longestCommonPrefix(vector<string>& strs) {
        // len: length of the prefix common to strs[0..i]
        size_t len = strs[0].size();
        for (size_t i = 1; i < strs.size() && len > 0; i++) {
            size_t j = 0, lim = min(len, strs[i].size());
            while (j < lim && strs[i][j] == strs[0][j])
                j++;
            len = j;
        }
        return strs[0].substr(0, len);
    }
};

char* longestCommonPrefix(char** strs, int strsSize) {
    /* len: length of the prefix common to strs[0..i] */
    size_t len = strlen(strs[0]);
    for (int i = 1; i < strsSize && len > 0; i++) {
        size_t j = 0;
        while (j < len && strs[i][j] == strs[0][j])
            j++;
        len = j;
    }
    char *res = malloc(len + 1);
    memcpy(res, strs[0], len);
    res[len] = '\0';
    return res;
}

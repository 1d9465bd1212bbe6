/* Sort the indices by each string's sorted letters; equal keys are
 * neighbours and form a group. */
static char **keys;

static int by_key(const void *a, const void *b) {
    int i = *(const int *)a, j = *(const int *)b;
    int c = strcmp(keys[i], keys[j]);
    return c ? c : (i > j) - (i < j);
}

static char *sorted_letters(const char *s) {
    int count[26] = {0}, n = 0;
    for (const char *p = s; *p; p++, n++)
        count[*p - 'a']++;
    char *k = malloc(n + 1), *q = k;
    for (int c = 0; c < 26; c++)
        while (count[c]--)
            *q++ = (char)('a' + c);
    *q = '\0';
    return k;
}

char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    int *idx = malloc(strsSize * sizeof(int));
    keys = malloc(strsSize * sizeof(char *));
    for (int i = 0; i < strsSize; i++) {
        idx[i] = i;
        keys[i] = sorted_letters(strs[i]);
    }
    qsort(idx, strsSize, sizeof(int), by_key);
    char ***groups = malloc(strsSize * sizeof(char **));
    int *sizes = malloc(strsSize * sizeof(int));
    int ng = 0;
    for (int i = 0; i < strsSize; ) {
        int j = i;
        while (j < strsSize && strcmp(keys[idx[i]], keys[idx[j]]) == 0)
            j++;
        groups[ng] = malloc((j - i) * sizeof(char *));
        for (int k = i; k < j; k++)
            groups[ng][k - i] = strs[idx[k]];
        sizes[ng++] = j - i;
        i = j;
    }
    for (int i = 0; i < strsSize; i++)
        free(keys[i]);
    free(keys);
    free(idx);
    *returnSize = ng;
    *returnColumnSizes = sizes;
    return groups;
}

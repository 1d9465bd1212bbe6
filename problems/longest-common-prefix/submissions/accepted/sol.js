/**
 * @param {string[]} strs
 * @return {string}
 */
var longestCommonPrefix = function(strs) {
    // len: length of the prefix common to strs[0..i]
    let len = strs[0].length;
    for (let i = 1; i < strs.length && len > 0; i++) {
        const s = strs[i];
        let j = 0;
        const lim = Math.min(len, s.length);
        while (j < lim && s.charCodeAt(j) === strs[0].charCodeAt(j))
            j++;
        len = j;
    }
    return strs[0].slice(0, len);
};

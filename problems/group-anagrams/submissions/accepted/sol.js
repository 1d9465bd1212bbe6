/**
 * @param {string[]} strs
 * @return {string[][]}
 */
var groupAnagrams = function(strs) {
    const groups = new Map();
    for (const s of strs) {
        const key = s.split('').sort().join('');
        if (!groups.has(key))
            groups.set(key, []);
        groups.get(key).push(s);
    }
    return [...groups.values()];
};

/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const match = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const c of s) {
        if (c in match) {
            if (stack.length === 0 || stack.pop() !== match[c])
                return false;
        } else {
            stack.push(c);
        }
    }
    return stack.length === 0;
};

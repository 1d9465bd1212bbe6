/**
 * @param {number} x
 * @return {boolean}
 */
var isPalindrome = function(x) {
    // Reverse the lower half of the digits; stop once the reversed half is
    // at least as large as the rest.  All values here are below 2^53, so
    // numbers are exact.
    if (x < 0 || (x % 10 === 0 && x !== 0))
        return false;
    let rev = 0;
    while (x > rev) {
        rev = rev * 10 + x % 10;
        x = Math.floor(x / 10);
    }
    return x === rev || x === Math.floor(rev / 10);
};

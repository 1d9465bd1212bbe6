class Solution {
    // Reverse the lower half of the digits; stop once the reversed half is
    // at least as large as the rest.
    public boolean isPalindrome(long x) {
        if (x < 0 || (x % 10 == 0 && x != 0))
            return false;
        long rev = 0;
        while (x > rev) {
            rev = rev * 10 + x % 10;
            x /= 10;
        }
        return x == rev || x == rev / 10;
    }
}

static void reverse(int *a, int i, int j) {
    for (j--; i < j; i++, j--) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

void rotate(int* nums, int numsSize, int k) {
    k %= numsSize;
    reverse(nums, 0, numsSize);
    reverse(nums, 0, k);
    reverse(nums, k, numsSize);
}

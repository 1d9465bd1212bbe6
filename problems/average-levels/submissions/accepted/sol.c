/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
double* averageOfLevels(struct TreeNode* root, int* returnSize) {
    int cap = 16, acap = 16, nlevels = 0, head = 0, tail = 0;
    struct TreeNode **queue = malloc(cap * sizeof(*queue));
    double *avg = malloc(acap * sizeof(double));
    queue[tail++] = root;
    while (head < tail) {
        int width = tail - head;
        long long sum = 0;      /* up to 10^5 values of 2^31: fits */
        for (int i = 0; i < width; i++) {
            struct TreeNode *node = queue[head++];
            sum += node->val;
            if (tail + 2 > cap) {
                cap *= 2;
                queue = realloc(queue, cap * sizeof(*queue));
            }
            if (node->left)
                queue[tail++] = node->left;
            if (node->right)
                queue[tail++] = node->right;
        }
        if (nlevels == acap) {
            acap *= 2;
            avg = realloc(avg, acap * sizeof(double));
        }
        avg[nlevels++] = (double)sum / width;
    }
    free(queue);
    *returnSize = nlevels;
    return avg;
}

/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    int cap = 16, nlevels = 0, lcap = 16;
    struct TreeNode **queue = malloc(cap * sizeof(*queue));
    int **res = malloc(lcap * sizeof(int *));
    int *cols = malloc(lcap * sizeof(int));
    int head = 0, tail = 0;
    if (root != NULL)
        queue[tail++] = root;
    while (head < tail) {
        int width = tail - head;
        if (nlevels == lcap) {
            lcap *= 2;
            res = realloc(res, lcap * sizeof(int *));
            cols = realloc(cols, lcap * sizeof(int));
        }
        int *level = malloc(width * sizeof(int));
        for (int i = 0; i < width; i++) {
            struct TreeNode *node = queue[head++];
            level[i] = node->val;
            if (tail + 2 > cap) {
                cap *= 2;
                queue = realloc(queue, cap * sizeof(*queue));
            }
            if (node->left)
                queue[tail++] = node->left;
            if (node->right)
                queue[tail++] = node->right;
        }
        res[nlevels] = level;
        cols[nlevels++] = width;
    }
    free(queue);
    *returnSize = nlevels;
    *returnColumnSizes = cols;
    return res;
}

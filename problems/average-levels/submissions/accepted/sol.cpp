/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
class Solution {
public:
    vector<double> averageOfLevels(TreeNode* root) {
        vector<double> res;
        vector<TreeNode*> level{root}, next;
        while (!level.empty()) {
            long long sum = 0;  // up to 10^5 values of 2^31: fits
            next.clear();
            for (TreeNode *node : level) {
                sum += node->val;
                if (node->left)
                    next.push_back(node->left);
                if (node->right)
                    next.push_back(node->right);
            }
            res.push_back((double)sum / level.size());
            swap(level, next);
        }
        return res;
    }
};

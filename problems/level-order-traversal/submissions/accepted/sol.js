/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function(root) {
    const res = [];
    let level = root ? [root] : [];
    while (level.length) {
        res.push(level.map(node => node.val));
        const next = [];
        for (const node of level) {
            if (node.left)
                next.push(node.left);
            if (node.right)
                next.push(node.right);
        }
        level = next;
    }
    return res;
};

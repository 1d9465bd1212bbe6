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
 * @return {number[]}
 */
var averageOfLevels = function(root) {
    const res = [];
    let level = [root];
    while (level.length) {
        let sum = 0;    // exact: below 2^53
        const next = [];
        for (const node of level) {
            sum += node.val;
            if (node.left)
                next.push(node.left);
            if (node.right)
                next.push(node.right);
        }
        res.push(sum / level.length);
        level = next;
    }
    return res;
};

/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    intervals.sort((a, b) => a[0] - b[0]);
    const res = [];
    for (const [s, e] of intervals) {
        if (res.length && s <= res[res.length - 1][1])
            res[res.length - 1][1] = Math.max(res[res.length - 1][1], e);
        else
            res.push([s, e]);
    }
    return res;
};

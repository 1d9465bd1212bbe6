/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function(prices) {
    // the best balance so far after the first buy, first sell, second buy
    // and second sell
    let buy1 = -Infinity, sell1 = 0, buy2 = -Infinity, sell2 = 0;
    for (const p of prices) {
        buy1 = Math.max(buy1, -p);
        sell1 = Math.max(sell1, buy1 + p);
        buy2 = Math.max(buy2, sell1 - p);
        sell2 = Math.max(sell2, buy2 + p);
    }
    return sell2;
};

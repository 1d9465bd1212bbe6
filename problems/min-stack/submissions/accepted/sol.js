var MinStack = function() {
    this.vals = [];
    this.mins = [];     // mins[i]: the minimum of vals[0..i]
};

/**
 * @param {number} x
 * @return {void}
 */
MinStack.prototype.push = function(x) {
    const m = this.mins;
    this.vals.push(x);
    m.push(m.length === 0 || x < m[m.length - 1] ? x : m[m.length - 1]);
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function() {
    this.vals.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function() {
    return this.vals[this.vals.length - 1];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};

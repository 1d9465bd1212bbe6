// A+B: the JavaScript reference for tests/bench/submit.sh (BigInt: exact
// for any 64-bit input).
const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
console.log((BigInt(a) + BigInt(b)).toString());

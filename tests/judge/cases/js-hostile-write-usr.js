// expect: AC
// canary: /usr/verdict-judge-canary-js
const fs = require("fs");
try {
	fs.writeFileSync("/usr/verdict-judge-canary-js", "x");
	console.log("WROTE");
	process.exit(0);
} catch (e) {
}
const [a, b] = fs.readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());

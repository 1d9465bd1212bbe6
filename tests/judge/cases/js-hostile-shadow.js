// expect: AC
const fs = require("fs");
try {
	fs.readFileSync("/etc/shadow");
	console.log("LEAKED");
	process.exit(0);
} catch (e) {
}
const [a, b] = fs.readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());

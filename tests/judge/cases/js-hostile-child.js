// expect: AC RE
try {
	const out = require("child_process").execSync("echo PWNED");
	console.log("SPAWNED " + out);
	process.exit(0);
} catch (e) {
}
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/)
    .map(BigInt);
console.log((a + b).toString());

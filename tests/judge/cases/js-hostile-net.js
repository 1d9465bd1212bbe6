// expect: AC RE
// no network: the connection fails (or the process is killed).
const net = require("net");
const input = require("fs").readFileSync(0, "utf8");
const s = net.connect({ host: "127.0.0.1", port: 80 });
s.on("connect", () => { console.log("CONNECTED"); process.exit(0); });
s.on("error", () => {
	const [a, b] = input.trim().split(/\s+/).map(BigInt);
	console.log((a + b).toString());
});

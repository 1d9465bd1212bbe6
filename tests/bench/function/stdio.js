// stdio.js: rotate-array as a stdin/stdout program (reversals, as sol.js).
const data = require("fs").readFileSync(0, "utf8").split(/\s+/);
const n = Number(data[0]);
let k = Number(data[1]);
const nums = new Array(n);
for (let i = 0; i < n; i++)
    nums[i] = Number(data[2 + i]);
k %= n;
const rev = (i, j) => {
    for (j--; i < j; i++, j--) {
        const t = nums[i];
        nums[i] = nums[j];
        nums[j] = t;
    }
};
rev(0, n);
rev(0, k);
rev(k, n);
process.stdout.write(nums.join(" ") + "\n");

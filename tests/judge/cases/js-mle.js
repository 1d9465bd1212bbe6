// expect: MLE
const keep = [];
for (;;)
	keep.push(Buffer.alloc(1 << 24, 1));

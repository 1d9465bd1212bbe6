// expect: TLE
let x = 0;
for (;;)
	x = (x + 1) | 0;

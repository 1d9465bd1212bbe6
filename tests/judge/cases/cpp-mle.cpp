// expect: MLE
#include <bits/stdc++.h>
using namespace std;

int
main()
{
	vector<vector<int>> v;

	for (;;)
		v.emplace_back(1 << 20, 7);
}

// expect: RE
#include <bits/stdc++.h>
using namespace std;

int
main()
{
	vector<int> v(3);

	cout << v.at(10) << endl;
}

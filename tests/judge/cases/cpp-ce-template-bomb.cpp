// expect: CE
// compile-time bomb: exponential template instantiation.
template <int N> struct B {
	static const long v = B<N - 1>::v + B<N - 2>::v + B<N - 3>::v;
	B<N - 1> a; B<N - 2> b;
};
template <> struct B<0> { static const long v = 1; };
template <> struct B<1> { static const long v = 1; };
template <> struct B<2> { static const long v = 1; };
int main() { B<100000> b; return (int)B<100000>::v; }

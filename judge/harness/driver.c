/* driver.c: Verdict's function-problem runtime for C, after the user's code. */

/*
 * main.c is prelude.h, "#line 1 solution.c", the user's code, a #line back
 * to main.c, this file, then the glue sig_build generates (the expected
 * prototype and vd_test).  Protocol
 * (judge/sig.h): read every test from stdin (a count, then one JSON value
 * per line), call the user's function, write "ok <json>" or "re <json
 * string>" lines on fd 3.  The values were validated at import, so the
 * readers trust their syntax.  Everything the driver allocates is left to
 * the process exit: user code may legitimately free or keep input nodes.
 */
#include <errno.h>
#include <stdarg.h>
#include <unistd.h>

#define VD_FD		3
#define VD_TREE_MAX	(1 << 22)

typedef char	*vd_str;
static char	*vd_p;			/* stdin cursor */
static char	*vd_ob;			/* the current result line */
static size_t	 vd_olen, vd_ocap;
static int	 vd_test_no;

static void	 vd_test(void);

static void
vd_die(const char *what)
{
	fprintf(stderr, "driver: %s in test %d\n", what, vd_test_no);
	exit(70);
}

static void *
vd_alloc(size_t n)
{
	void	*p;

	if ((p = malloc(n ? n : 1)) == NULL)
		vd_die("out of memory");
	return p;
}

static void *
vd_grow(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		vd_die("out of memory");
	return p;
}

/* Whitespace and commas separate values: the input is known valid. */
static int
vd_peek(void)
{
	while (*vd_p == ' ' || *vd_p == '\n' || *vd_p == '\r' ||
	    *vd_p == '\t' || *vd_p == ',' || *vd_p == ':')
		vd_p++;
	return (unsigned char)*vd_p;
}

static void
vd_expect(int c)
{
	if (vd_peek() != c)
		vd_die("malformed input");
	vd_p++;
}

static long long
vd_read_long(void)
{
	char		*e;
	long long	 v;

	vd_peek();
	errno = 0;
	v = strtoll(vd_p, &e, 10);
	if (e == vd_p || errno)
		vd_die("expected an integer");
	vd_p = e;
	return v;
}

static int
vd_read_int(void)
{
	return (int)vd_read_long();
}

static double
vd_read_double(void)
{
	char	*e;
	double	 v;

	vd_peek();
	v = strtod(vd_p, &e);
	if (e == vd_p)
		vd_die("expected a number");
	vd_p = e;
	return v;
}

static bool
vd_read_bool(void)
{
	if (vd_peek() == 't') {
		vd_p += 4;
		return true;
	}
	vd_p += 5;
	return false;
}

static unsigned
vd_hex4(const char *s)
{
	unsigned	 v = 0;
	int		 i;

	for (i = 0; i < 4; i++) {
		v <<= 4;
		if (s[i] >= '0' && s[i] <= '9')
			v |= (unsigned)(s[i] - '0');
		else if (s[i] >= 'a' && s[i] <= 'f')
			v |= (unsigned)(s[i] - 'a' + 10);
		else if (s[i] >= 'A' && s[i] <= 'F')
			v |= (unsigned)(s[i] - 'A' + 10);
		else
			vd_die("bad \\u escape");
	}
	return v;
}

static char *
vd_read_string(void)
{
	char		*s, *q;
	const char	*p;
	unsigned	 c, lo;

	vd_expect('"');
	for (p = vd_p; *p != '"'; p++)
		if (*p == '\\')
			p++;
	s = q = vd_alloc((size_t)(p - vd_p) + 1);
	while (*vd_p != '"') {
		if (*vd_p != '\\') {
			*q++ = *vd_p++;
			continue;
		}
		vd_p++;
		switch (*vd_p++) {
		case 'b': *q++ = '\b'; break;
		case 'f': *q++ = '\f'; break;
		case 'n': *q++ = '\n'; break;
		case 'r': *q++ = '\r'; break;
		case 't': *q++ = '\t'; break;
		case 'u':
			c = vd_hex4(vd_p);
			vd_p += 4;
			if (c >= 0xd800 && c < 0xdc00 && vd_p[0] == '\\' &&
			    vd_p[1] == 'u') {
				lo = vd_hex4(vd_p + 2);
				if (lo >= 0xdc00 && lo < 0xe000) {
					c = 0x10000 + ((c - 0xd800) << 10) +
					    (lo - 0xdc00);
					vd_p += 6;
				}
			}
			if (c < 0x80)
				*q++ = (char)c;
			else if (c < 0x800) {
				*q++ = (char)(0xc0 | c >> 6);
				*q++ = (char)(0x80 | (c & 0x3f));
			} else if (c < 0x10000) {
				*q++ = (char)(0xe0 | c >> 12);
				*q++ = (char)(0x80 | ((c >> 6) & 0x3f));
				*q++ = (char)(0x80 | (c & 0x3f));
			} else {
				*q++ = (char)(0xf0 | c >> 18);
				*q++ = (char)(0x80 | ((c >> 12) & 0x3f));
				*q++ = (char)(0x80 | ((c >> 6) & 0x3f));
				*q++ = (char)(0x80 | (c & 0x3f));
			}
			break;
		default:
			*q++ = vd_p[-1];	/* \" \\ \/ */
			break;
		}
	}
	vd_p++;
	*q = '\0';
	return s;
}

static char
vd_read_char(void)
{
	return vd_read_string()[0];
}

/* 1-D readers: *n elements, one zeroed element past the end (NUL). */
#define VD_READ1(nm, T)							\
static T *								\
vd_read_##nm##_1(int *n)						\
{									\
	size_t	 cap = 16, len = 0;					\
	T	*a = vd_alloc((cap + 1) * sizeof(T));			\
									\
	vd_expect('[');							\
	while (vd_peek() != ']') {					\
		if (len == cap) {					\
			cap *= 2;					\
			a = vd_grow(a, (cap + 1) * sizeof(T));		\
		}							\
		a[len++] = vd_read_##nm();				\
	}								\
	vd_p++;								\
	memset(&a[len], 0, sizeof(T));					\
	*n = (int)len;							\
	return a;							\
}

VD_READ1(int, int)
VD_READ1(long, long long)
VD_READ1(double, double)
VD_READ1(bool, bool)
VD_READ1(string, vd_str)
VD_READ1(char, char)

#define VD_READ2(nm, T)							\
static T **								\
vd_read_##nm##_2(int *n, int **cols)					\
{									\
	size_t	 cap = 16, len = 0;					\
	T	**a = vd_alloc((cap + 1) * sizeof(T *));		\
	int	*c = vd_alloc((cap + 1) * sizeof(int));			\
									\
	vd_expect('[');							\
	while (vd_peek() != ']') {					\
		if (len == cap) {					\
			cap *= 2;					\
			a = vd_grow(a, (cap + 1) * sizeof(T *));	\
			c = vd_grow(c, (cap + 1) * sizeof(int));	\
		}							\
		a[len] = vd_read_##nm##_1(&c[len]);			\
		len++;							\
	}								\
	vd_p++;								\
	a[len] = NULL;							\
	c[len] = 0;							\
	*n = (int)len;							\
	*cols = c;							\
	return a;							\
}

VD_READ2(int, int)
VD_READ2(char, char)
VD_READ2(string, vd_str)

static struct ListNode *
vd_read_list(void)
{
	struct ListNode	*head = NULL, **tail = &head;

	vd_expect('[');
	while (vd_peek() != ']') {
		*tail = vd_alloc(sizeof(**tail));
		(*tail)->val = vd_read_int();
		(*tail)->next = NULL;
		tail = &(*tail)->next;
	}
	vd_p++;
	return head;
}

static struct TreeNode *
vd_read_node(void)
{
	struct TreeNode	*t;

	if (vd_peek() == 'n') {
		vd_p += 4;
		return NULL;
	}
	t = vd_alloc(sizeof(*t));
	t->val = vd_read_int();
	t->left = t->right = NULL;
	return t;
}

static struct TreeNode *
vd_read_tree(void)
{
	struct TreeNode	**q, *root, *node;
	size_t		 cap = 64, len = 0, head = 0;

	vd_expect('[');
	if (vd_peek() == ']') {
		vd_p++;
		return NULL;
	}
	q = vd_alloc(cap * sizeof(*q));
	q[len++] = root = vd_read_node();
	while (vd_peek() != ']') {
		if (len + 2 > cap) {
			cap *= 2;
			q = vd_grow(q, cap * sizeof(*q));
		}
		node = q[head++];
		if ((node->left = vd_read_node()) != NULL)
			q[len++] = node->left;
		if (vd_peek() != ']' && (node->right = vd_read_node()) != NULL)
			q[len++] = node->right;
	}
	vd_p++;
	free(q);
	return root;
}

/* Output: the current test's result line. */
static void
vd_reserve(size_t n)
{
	if (vd_ocap - vd_olen >= n)
		return;
	while (vd_ocap - vd_olen < n)
		vd_ocap = vd_ocap ? vd_ocap * 2 : 4096;
	vd_ob = vd_grow(vd_ob, vd_ocap);
}

static void
vd_putsn(const char *s, size_t n)
{
	vd_reserve(n);
	memcpy(vd_ob + vd_olen, s, n);
	vd_olen += n;
}

static void
vd_puts(const char *s)
{
	vd_putsn(s, strlen(s));
}

static void
vd_putc(char c)
{
	vd_reserve(1);
	vd_ob[vd_olen++] = c;
}

static void
vd_write_all(const char *s, size_t n)
{
	ssize_t	 w;

	while (n > 0) {
		if ((w = write(VD_FD, s, n)) < 0) {
			if (errno == EINTR)
				continue;
			exit(71);
		}
		s += w;
		n -= (size_t)w;
	}
}

static void
vd_put_json_string(const char *s, size_t n)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 c;
	size_t			 i;

	vd_reserve(n * 6 + 2);
	vd_ob[vd_olen++] = '"';
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			vd_ob[vd_olen++] = '\\';
			vd_ob[vd_olen++] = (char)c;
		} else if (c == '\n') {
			vd_ob[vd_olen++] = '\\';
			vd_ob[vd_olen++] = 'n';
		} else if (c < 0x20) {
			memcpy(vd_ob + vd_olen, "\\u00", 4);
			vd_ob[vd_olen + 4] = hex[c >> 4];
			vd_ob[vd_olen + 5] = hex[c & 15];
			vd_olen += 6;
		} else
			vd_ob[vd_olen++] = (char)c;
	}
	vd_ob[vd_olen++] = '"';
}

/* vd_re: the test failed in the user's code; report it and stop. */
static void
vd_re(const char *fmt, ...)
{
	char	 msg[512];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	vd_olen = 0;
	vd_puts("re ");
	vd_put_json_string(msg, strlen(msg));
	vd_putc('\n');
	vd_write_all(vd_ob, vd_olen);
	exit(0);
}

static void
vd_put_long(long long v)
{
	char			 b[24];
	int			 i = 24;
	unsigned long long	 u;

	u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		b[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		b[--i] = '-';
	vd_putsn(b + i, (size_t)(24 - i));
}

static void
vd_put_int(int v)
{
	vd_put_long(v);
}

static void
vd_put_double(double v)
{
	char	 b[40];
	int	 prec;

	if (isnan(v)) {
		vd_puts("NaN");
		return;
	}
	if (isinf(v)) {
		vd_puts(v > 0 ? "Infinity" : "-Infinity");
		return;
	}
	for (prec = 15; prec < 17; prec++) {
		snprintf(b, sizeof(b), "%.*g", prec, v);
		if (strtod(b, NULL) == v)
			break;
	}
	if (prec == 17)
		snprintf(b, sizeof(b), "%.17g", v);
	vd_puts(b);
	if (strpbrk(b, ".eE") == NULL)
		vd_puts(".0");
}

static void
vd_put_bool(bool v)
{
	vd_puts(v ? "true" : "false");
}

static void
vd_put_string(const char *s)
{
	if (s == NULL)
		vd_re("expected a string, got NULL");
	vd_put_json_string(s, strlen(s));
}

static void
vd_put_char(char c)
{
	if ((unsigned char)c > 0x7f)
		vd_re("expected an ASCII char, got byte %d", (unsigned char)c);
	vd_put_json_string(&c, 1);
}

#define VD_PUT1(nm, T)							\
static void								\
vd_put_##nm##_1(const T *a, int n)					\
{									\
	int	 i;							\
									\
	if (n < 0)							\
		vd_re("array size %d is negative", n);			\
	if (n > 0 && a == NULL)						\
		vd_re("array is NULL but its size is %d", n);		\
	vd_putc('[');							\
	for (i = 0; i < n; i++) {					\
		if (i > 0)						\
			vd_putc(',');					\
		vd_put_##nm(a[i]);					\
	}								\
	vd_putc(']');							\
}

VD_PUT1(int, int)
VD_PUT1(long, long long)
VD_PUT1(double, double)
VD_PUT1(bool, bool)
VD_PUT1(string, vd_str)
VD_PUT1(char, char)

#define VD_PUT2(nm, T)							\
static void								\
vd_put_##nm##_2(T *const *a, int n, const int *cols)		\
{									\
	int	 i;							\
									\
	if (n < 0)							\
		vd_re("array size %d is negative", n);			\
	if (n > 0 && (a == NULL || cols == NULL))			\
		vd_re("array or column sizes NULL, size %d", n);	\
	vd_putc('[');							\
	for (i = 0; i < n; i++) {					\
		if (i > 0)						\
			vd_putc(',');					\
		vd_put_##nm##_1(a[i], cols[i]);				\
	}								\
	vd_putc(']');							\
}

VD_PUT2(int, int)
VD_PUT2(char, char)
VD_PUT2(string, vd_str)

static void
vd_put_list(const struct ListNode *l)
{
	const struct ListNode	*slow = l;
	unsigned long		 step = 0;

	vd_putc('[');
	for (; l != NULL; l = l->next) {
		if (step > 0)
			vd_putc(',');
		vd_put_int(l->val);
		if (++step % 2 == 0) {
			slow = slow->next;
			if (slow == l->next && slow != NULL)
				vd_re("the returned list has a cycle");
		}
	}
	vd_putc(']');
}

static void
vd_put_tree(const struct TreeNode *root)
{
	const struct TreeNode	**q;
	size_t			 cap = 64, len = 0, head, keep;

	if (root == NULL) {
		vd_puts("[]");
		return;
	}
	q = vd_alloc(cap * sizeof(*q));
	q[len++] = root;
	vd_putc('[');
	keep = vd_olen;
	for (head = 0; head < len; head++) {
		if (head > 0)
			vd_putc(',');
		if (q[head] == NULL) {
			vd_puts("null");
			continue;
		}
		vd_put_int(q[head]->val);
		keep = vd_olen;
		if (len + 2 > cap) {
			if (cap >= VD_TREE_MAX)
				vd_re("the returned tree has a cycle or more "
				    "than %d nodes", VD_TREE_MAX / 2);
			cap *= 2;
			q = vd_grow(q, cap * sizeof(*q));
		}
		q[len++] = q[head]->left;
		q[len++] = q[head]->right;
	}
	free(q);
	vd_olen = keep;		/* drop trailing nulls */
	vd_putc(']');
}

int
main(void)
{
	size_t	 cap = 1 << 16, len = 0;
	ssize_t	 r;
	char	*in;
	int	 t, n;

	in = vd_alloc(cap + 1);
	for (;;) {
		if (len == cap)
			in = vd_grow(in, (cap *= 2) + 1);
		if ((r = read(0, in + len, cap - len)) == 0)
			break;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			vd_die("cannot read stdin");
		}
		len += (size_t)r;
	}
	in[len] = '\0';
	vd_p = in;
	n = vd_read_int();
	for (t = 0; t < n; t++) {
		vd_test_no = t + 1;
		vd_olen = 0;
		vd_puts("ok ");
		vd_test();
		vd_putc('\n');
		vd_write_all(vd_ob, vd_olen);
	}
	fflush(stdout);
	return 0;
}

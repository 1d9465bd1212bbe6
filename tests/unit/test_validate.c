/* test_validate.c: the default output validator, both sides of each rule. */
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "../../judge/validate.h"

#define AC	VALIDATE_AC
#define WA	VALIDATE_WA

/* Strings are used up to their NUL unless len is given (for NUL bytes). */
struct vcase {
	const char	*what;
	const char	*flags;
	const char	*ans;
	const char	*out;
	int		 want;
	size_t		 outlen;	/* 0: strlen(out) */
};

static const struct vcase cases[] = {
	/* whitespace-insensitive by default */
	{ "empty vs empty", "", "", "", AC, 0 },
	{ "empty answer, whitespace output", "", "", " \t\n\r\v\f", AC, 0 },
	{ "empty answer, token output", "", "", "0", WA, 0 },
	{ "empty answer, NUL output", "", "", "\0", WA, 1 },
	{ "same", "", "1 2\n", "1 2\n", AC, 0 },
	{ "no final newline", "", "1 2\n", "1 2", AC, 0 },
	{ "extra spaces and lines", "", "1 2\n", "  1\n\n\t2  \n\n", AC, 0 },
	{ "joined tokens", "", "1 2\n", "12\n", WA, 0 },
	{ "split token", "", "12\n", "1 2\n", WA, 0 },
	{ "missing token", "", "1 2\n", "1\n", WA, 0 },
	{ "output only whitespace", "", "1\n", "\n\n", WA, 0 },
	{ "output empty", "", "1\n", "", WA, 0 },
	{ "trailing token", "", "1 2\n", "1 2 3\n", WA, 0 },
	{ "trailing token after blank lines", "", "A B",
	    "A B\n\n\n\n\n \n\n X", WA, 0 },
	{ "leading token", "", "A B", "X A B", WA, 0 },
	{ "CRLF output", "", "1\n2\n", "1\r\n2\r\n", AC, 0 },
	{ "non-ASCII whitespace is a token byte", "", "1\n",
	    "1\xc2\xa0", WA, 0 },
	/* case */
	{ "case folded by default", "", "Yes\n", "YES\n", AC, 0 },
	{ "case folded, different word", "", "Yes\n", "Yess\n", WA, 0 },
	{ "case_sensitive equal", "case_sensitive", "Yes\n", "Yes\n", AC, 0 },
	{ "case_sensitive differs", "case_sensitive", "Yes\n", "yes\n",
	    WA, 0 },
	{ "folding is ASCII only", "", "\xc3\xa9\n", "\xc3\x89\n", WA, 0 },
	{ "NUL is a token byte", "", "ab\n", "a\0b\n", WA, 4 },
	/* space_change_sensitive */
	{ "space sensitive: same", "space_change_sensitive", "1 2\n",
	    "1 2\n", AC, 0 },
	{ "space sensitive: missing newline", "space_change_sensitive",
	    "1 2\n", "1 2", WA, 0 },
	{ "space sensitive: extra newline", "space_change_sensitive",
	    "1 2\n", "1 2\n\n", WA, 0 },
	{ "space sensitive: two spaces", "space_change_sensitive", "1 2\n",
	    "1  2\n", WA, 0 },
	{ "space sensitive: tab for space", "space_change_sensitive",
	    "1 2\n", "1\t2\n", WA, 0 },
	{ "space sensitive: leading space", "space_change_sensitive", "1\n",
	    " 1\n", WA, 0 },
	{ "space sensitive: CRLF", "space_change_sensitive", "1\n", "1\r\n",
	    WA, 0 },
	{ "space sensitive: empty vs empty", "space_change_sensitive", "",
	    "", AC, 0 },
	{ "space sensitive: empty vs space", "space_change_sensitive", "",
	    " ", WA, 0 },
	{ "space sensitive still folds case", "space_change_sensitive",
	    "a\n", "A\n", AC, 0 },
	/* numbers without tolerance are strings */
	{ "no tolerance: 1.0 vs 1", "", "1.0\n", "1\n", WA, 0 },
	{ "no tolerance: 1 vs 01", "", "1\n", "01\n", WA, 0 },
	{ "no tolerance: exact float text", "", "0.5\n", "0.5\n", AC, 0 },
	{ "no tolerance: 1e5 folds to 1E5", "", "1e5\n", "1E5\n", AC, 0 },
	/* absolute tolerance */
	{ "abs: inside", "float_absolute_tolerance 1e-6", "1.0\n",
	    "1.0000009\n", AC, 0 },
	{ "abs: at the edge", "float_absolute_tolerance 0.5", "1\n", "1.5\n",
	    AC, 0 },
	{ "abs: just outside", "float_absolute_tolerance 1e-6", "1.0\n",
	    "1.0000011\n", WA, 0 },
	{ "abs: below", "float_absolute_tolerance 1e-6", "1.0\n",
	    "0.9999989\n", WA, 0 },
	{ "abs: relative is off", "float_absolute_tolerance 1e-6",
	    "1000000\n", "1000000.5\n", WA, 0 },
	{ "abs: integer text matches float", "float_absolute_tolerance 1e-6",
	    "2.000000\n", "2\n", AC, 0 },
	{ "abs: exponent form", "float_absolute_tolerance 1e-6", "100\n",
	    "1e2\n", AC, 0 },
	{ "abs: hex float", "float_absolute_tolerance 1e-6", "1.5\n",
	    "0x1.8p0\n", AC, 0 },
	{ "abs: leading plus", "float_absolute_tolerance 1e-6", "1.5\n",
	    "+1.5\n", AC, 0 },
	{ "abs: trailing garbage", "float_absolute_tolerance 1e-6", "1.5\n",
	    "1.5x\n", WA, 0 },
	{ "abs: comma decimal", "float_absolute_tolerance 1e-6", "1.5\n",
	    "1,5\n", WA, 0 },
	{ "abs: word where float expected",
	    "float_absolute_tolerance 1e-6", "1.5\n", "abc\n", WA, 0 },
	{ "abs: non-float answer token is a string",
	    "float_absolute_tolerance 1e-6", "Case 1.5\n", "case 1.5\n",
	    AC, 0 },
	{ "abs: non-float answer token mismatch",
	    "float_absolute_tolerance 1e-6", "yes\n", "no\n", WA, 0 },
	/* relative tolerance */
	{ "rel: inside", "float_relative_tolerance 1e-6", "1000000\n",
	    "1000000.9\n", AC, 0 },
	{ "rel: outside", "float_relative_tolerance 1e-6", "1000000\n",
	    "1000001.1\n", WA, 0 },
	{ "rel: zero answer needs exact", "float_relative_tolerance 1e-6",
	    "0\n", "0.0000001\n", WA, 0 },
	{ "rel: zero answer exact", "float_relative_tolerance 1e-6", "0\n",
	    "-0.0\n", AC, 0 },
	{ "rel: negative answer", "float_relative_tolerance 1e-3", "-1000\n",
	    "-1000.9\n", AC, 0 },
	{ "rel: negative answer outside", "float_relative_tolerance 1e-3",
	    "-1000\n", "-1001.1\n", WA, 0 },
	/* float_tolerance sets both: either passes */
	{ "both: abs passes near zero", "float_tolerance 1e-6", "0\n",
	    "0.0000009\n", AC, 0 },
	{ "both: rel passes when big", "float_tolerance 1e-6", "1e9\n",
	    "1000000900\n", AC, 0 },
	{ "both: neither", "float_tolerance 1e-6", "1\n", "1.00001\n", WA, 0 },
	{ "abs and rel given separately",
	    "float_absolute_tolerance 1e-9 float_relative_tolerance 1e-3",
	    "1000\n", "1000.5\n", AC, 0 },
	/* inf, nan, overflow, underflow */
	{ "nan answer is a string: nan == NaN", "float_tolerance 1e-6",
	    "nan\n", "NaN\n", AC, 0 },
	{ "nan answer is a string: nan != 0", "float_tolerance 1e-6",
	    "nan\n", "0\n", WA, 0 },
	{ "inf answer is a string", "float_tolerance 1e-6", "inf\n",
	    "INF\n", AC, 0 },
	{ "inf answer vs infinity", "float_tolerance 1e-6", "inf\n",
	    "infinity\n", WA, 0 },
	{ "nan output where float expected", "float_tolerance 1e-6", "1\n",
	    "nan\n", WA, 0 },
	{ "inf output where float expected", "float_tolerance 1e9", "1\n",
	    "inf\n", WA, 0 },
	{ "overflow output is not a float", "float_tolerance 1e300",
	    "1e308\n", "1e400\n", WA, 0 },
	{ "overflow answer compares as string", "float_tolerance 1e-6",
	    "1e400\n", "1E400\n", AC, 0 },
	{ "underflow output is a float", "float_absolute_tolerance 1e-6",
	    "0\n", "1e-400\n", AC, 0 },
	{ "huge relative difference", "float_relative_tolerance 1e-6",
	    "1e300\n", "-1e300\n", WA, 0 },
	{ "long float token", "float_absolute_tolerance 1e-6", "0.5\n",
	    "0.50000000000000000000000000000000000000000000000000000000000"
	    "0000000000000000000000000000000000000000000000000000000000000"
	    "00000000000000000000000000000000000000000000000001\n", AC, 0 },
	{ NULL, NULL, NULL, NULL, 0, 0 }
};

struct fcase {
	const char	*flags;
	int		 ok;
	int		 cs, ss;
	double		 abs, rel;
};

static const struct fcase fcases[] = {
	{ NULL, 1, 0, 0, -1, -1 },
	{ "", 1, 0, 0, -1, -1 },
	{ "  case_sensitive\t", 1, 1, 0, -1, -1 },
	{ "space_change_sensitive case_sensitive", 1, 1, 1, -1, -1 },
	{ "float_tolerance 1e-6", 1, 0, 0, 1e-6, 1e-6 },
	{ "float_absolute_tolerance 0.5", 1, 0, 0, 0.5, -1 },
	{ "float_relative_tolerance 0.25", 1, 0, 0, -1, 0.25 },
	{ "float_tolerance 1 float_absolute_tolerance 2", 1, 0, 0, 2, 1 },
	{ "float_tolerance", 0, 0, 0, 0, 0 },
	{ "float_tolerance abc", 0, 0, 0, 0, 0 },
	{ "float_tolerance inf", 0, 0, 0, 0, 0 },
	{ "float_tolerance nan", 0, 0, 0, 0, 0 },
	{ "case_insensitive", 0, 0, 0, 0, 0 },
	{ "case_sensitivex", 0, 0, 0, 0, 0 },
	{ "float_tolerancex 1", 0, 0, 0, 0, 0 },
	{ NULL, -1, 0, 0, 0, 0 }
};

int
main(void)
{
	const struct vcase	*c;
	const struct fcase	*fc;
	struct validate_flags	 f;
	char			 err[256], msg[512];
	enum validate_result	 r;
	size_t			 i, n;
	char			*big, *big2;

	for (c = cases; c->what != NULL; c++) {
		if (validate_flags_parse(&f, c->flags, err, sizeof(err))) {
			T_OK(0, "%s: flags '%s': %s", c->what, c->flags, err);
			continue;
		}
		r = validate_default(c->ans, strlen(c->ans), c->out,
		    c->outlen ? c->outlen : strlen(c->out), &f, msg,
		    sizeof(msg));
		T_INTEQ(r, c->want, "%s", c->what);
		if (r == VALIDATE_WA)
			T_OK(strncmp(msg, "wrong answer on output line ", 28)
			    == 0, "%s: message \"%s\"", c->what, msg);
		else
			T_STREQ(msg, "", "%s: no message", c->what);
	}

	for (fc = fcases; fc->ok != -1; fc++) {
		int rc = validate_flags_parse(&f, fc->flags, err, sizeof(err));

		T_INTEQ(rc == 0, fc->ok, "flags '%s' %s", fc->flags ?
		    fc->flags : "(null)", fc->ok ? "accepted" : "refused");
		if (rc == 0 && fc->ok)
			T_OK(f.case_sensitive == fc->cs &&
			    f.space_change_sensitive == fc->ss &&
			    f.abs_tol == fc->abs && f.rel_tol == fc->rel,
			    "flags '%s' values", fc->flags ? fc->flags :
			    "(null)");
		if (rc != 0)
			T_OK(err[0] != '\0', "flags '%s' error: %s",
			    fc->flags, err);
	}

	/* Messages name the lines. */
	validate_flags_init(&f);
	r = validate_default("1\n2\n3\n", 6, "1\n\n2\n4\n", 7, &f, msg,
	    sizeof(msg));
	T_OK(r == VALIDATE_WA && strstr(msg, "output line 4") != NULL &&
	    strstr(msg, "answer line 3") != NULL, "line numbers: %s", msg);
	/* A tiny message buffer is still NUL-terminated, never overrun. */
	r = validate_default("abc", 3, "abd", 3, &f, msg, 8);
	T_OK(r == VALIDATE_WA && strlen(msg) == 7, "small msg buffer");
	r = validate_default("abc", 3, "abd", 3, &f, NULL, 0);
	T_OK(r == VALIDATE_WA, "no msg buffer");
	/* Control bytes in tokens are escaped in the message. */
	r = validate_default("a", 1, "\x01\x1b[2J", 5, &f, msg, sizeof(msg));
	T_OK(r == VALIDATE_WA && strchr(msg, '\x1b') == NULL &&
	    strstr(msg, "\\x1b") != NULL, "escaped message: %s", msg);

	/* Large outputs: 8 MiB of tokens, equal and then off by one byte. */
	n = 8u << 20;
	big = malloc(n);
	big2 = malloc(n);
	for (i = 0; i < n; i++)
		big[i] = (i % 8 == 7) ? '\n' : (char)('0' + i % 7);
	memcpy(big2, big, n);
	T_INTEQ(validate_default(big, n, big2, n, &f, msg, sizeof(msg)), AC,
	    "8 MiB equal");
	big2[n - 2] = 'x';
	T_INTEQ(validate_default(big, n, big2, n, &f, msg, sizeof(msg)), WA,
	    "8 MiB last token differs");
	T_OK(strstr(msg, "output line 1048576 ") != NULL, "8 MiB line: %s",
	    msg);
	/* One enormous token, compared as float and as string. */
	memset(big, '7', n);
	memset(big2, '7', n);
	validate_flags_parse(&f, "float_tolerance 1e-9", err, sizeof(err));
	T_INTEQ(validate_default(big, n, big2, n, &f, msg, sizeof(msg)), AC,
	    "8 MiB digit token: inf, so compared as equal strings");
	big2[n - 1] = '8';
	T_INTEQ(validate_default(big, n, big2, n, &f, msg, sizeof(msg)), WA,
	    "8 MiB digit token: last byte differs");
	free(big);
	free(big2);
	T_DONE();
}

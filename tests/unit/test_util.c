/* test_util.c: user names, slugs and numbers at their boundaries. */
#include "t.h"
#include "util.h"

int
main(void)
{
	unsigned long long	 v;

	T_OK(username_check("ab") != NULL, "2-character name refused");
	T_OK(username_check("abc") == NULL, "3-character name accepted");
	T_OK(username_check("a23456789012345678901234567890ab") == NULL,
	    "32-character name accepted");
	T_OK(username_check("a23456789012345678901234567890abc") != NULL,
	    "33-character name refused");
	T_OK(username_check("_abc") != NULL, "leading underscore refused");
	T_OK(username_check("ab c") != NULL, "space refused");
	T_OK(username_check("ab<c") != NULL, "markup refused");
	T_OK(username_check("Ann_1-x") == NULL, "mixed name accepted");
	T_OK(slug_check("two-sum") == 1, "slug accepted");
	T_OK(slug_check("Two-sum") == 0, "upper case slug refused");
	T_OK(slug_check("-x") == 0, "leading dash slug refused");
	T_OK(slug_check("") == 0, "empty slug refused");
	T_OK(slug_check("a/b") == 0, "slash slug refused");
	T_OK(parse_u64("0", 10, &v) == 0 && v == 0, "zero");
	T_OK(parse_u64("10", 10, &v) == 0 && v == 10, "max accepted");
	T_OK(parse_u64("11", 10, &v) == -1, "over max refused");
	T_OK(parse_u64("18446744073709551615", ~0ULL, &v) == 0 &&
	    v == ~0ULL, "2^64-1 accepted");
	T_OK(parse_u64("18446744073709551616", ~0ULL, &v) == -1,
	    "2^64 refused");
	T_OK(parse_u64("-1", 10, &v) == -1, "sign refused");
	T_OK(parse_u64("1 ", 10, &v) == -1, "trailing space refused");
	T_OK(parse_u64("", 10, &v) == -1, "empty refused");
	T_DONE();
}

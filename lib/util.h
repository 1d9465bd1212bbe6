/* util.h: small validators shared by the web tier and the judge commands. */
#ifndef VERDICT_UTIL_H
#define VERDICT_UTIL_H

#include <stddef.h>

#define USERNAME_MIN	3
#define USERNAME_MAX	32
#define SLUG_MAX	64

/*
 * username_check: NULL when name is a valid user name (3 to 32 of
 * A-Z a-z 0-9 _ -, starting with a letter or digit), else a static message
 * for the user.
 */
const char *username_check(const char *name);
/* slug_check: 1 when s is a slug: 1 to 64 of a-z 0-9 -, no leading '-'. */
int	slug_check(const char *s);
/*
 * parse_u64: the whole of s as a decimal number <= max; 0 or -1.  No sign,
 * no spaces, no leading '+', at most 20 digits.
 */
int	parse_u64(const char *s, unsigned long long max,
	    unsigned long long *out);

#endif

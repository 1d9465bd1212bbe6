/* util.c: validators for names, slugs and numbers from outside. */
#include <string.h>

#include "util.h"

static int
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

const char *
username_check(const char *name)
{
	size_t	 n = strlen(name), i;

	if (n < USERNAME_MIN)
		return "user name must be at least 3 characters";
	if (n > USERNAME_MAX)
		return "user name must be at most 32 characters";
	if (!is_alnum(name[0]))
		return "user name must start with a letter or a digit";
	for (i = 0; i < n; i++)
		if (!is_alnum(name[i]) && name[i] != '_' && name[i] != '-')
			return "user name may only contain letters, digits, "
			    "'_' and '-'";
	return NULL;
}

int
slug_check(const char *s)
{
	size_t	 n = strlen(s), i;

	if (n == 0 || n > SLUG_MAX || s[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return 1;
}

int
parse_u64(const char *s, unsigned long long max, unsigned long long *out)
{
	unsigned long long	 v = 0;
	size_t			 i, n = strlen(s);

	if (n == 0 || n > 20)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (v > (max - (unsigned)(s[i] - '0')) / 10)
			return -1;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	*out = v;
	return 0;
}

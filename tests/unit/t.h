/* t.h: a tiny TAP-producing unit test harness (header only). */
#ifndef VERDICT_T_H
#define VERDICT_T_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Each check prints one TAP line ("ok N - what" / "not ok N - what");
 * T_DONE() prints the plan and exits non-zero when anything failed.
 * tests/run.sh counts these lines across every suite.
 */
static int	t_n, t_failed;

#define T_OK(cond, ...) do {						\
	t_n++;								\
	if (cond) {							\
		printf("ok %d - ", t_n);				\
	} else {							\
		t_failed++;						\
		printf("not ok %d - ", t_n);				\
	}								\
	printf(__VA_ARGS__);						\
	printf("\n");							\
	if (!(cond))							\
		printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__,	\
		    #cond);						\
} while (0)

#define T_STREQ(got, want, ...) do {					\
	const char *g_ = (got), *w_ = (want);				\
	int eq_ = (g_ != NULL && w_ != NULL) ? strcmp(g_, w_) == 0 :	\
	    g_ == w_;							\
	T_OK(eq_, __VA_ARGS__);						\
	if (!eq_)							\
		printf("#   got  \"%s\"\n#   want \"%s\"\n",		\
		    g_ ? g_ : "(null)", w_ ? w_ : "(null)");		\
} while (0)

#define T_INTEQ(got, want, ...) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	T_OK(g_ == w_, __VA_ARGS__);					\
	if (g_ != w_)							\
		printf("#   got %lld want %lld\n", g_, w_);		\
} while (0)

#define T_DONE() do {							\
	printf("1..%d\n", t_n);						\
	return t_failed ? 1 : 0;					\
} while (0)

#endif

/* validate.h: the Kattis default output validator as a pure function. */
#ifndef VERDICT_VALIDATE_H
#define VERDICT_VALIDATE_H

#include <stddef.h>

/*
 * The flags of problem.yaml's validator_flags (a whitespace-separated list,
 * as problemtools splits it):
 *   case_sensitive                  tokens compare byte for byte
 *   space_change_sensitive          whitespace must match exactly
 *   float_absolute_tolerance X      |j - u| <= X
 *   float_relative_tolerance X      |j - u| <= X * |j|
 *   float_tolerance X               both of the above set to X
 * A tolerance below zero means "not given".  When any tolerance is given,
 * every answer token that is a finite floating-point number (strtod syntax,
 * the whole token, inf and nan excluded) must be matched by a finite float
 * within either tolerance; every other token compares as a string.
 */
struct validate_flags {
	int	 case_sensitive;
	int	 space_change_sensitive;
	double	 abs_tol;	/* < 0: not given */
	double	 rel_tol;	/* < 0: not given */
};

enum validate_result {
	VALIDATE_AC,
	VALIDATE_WA,
	VALIDATE__MAX
};

/* validate_flags_init: the defaults (everything off, no tolerance). */
void	validate_flags_init(struct validate_flags *);

/*
 * validate_flags_parse: parse a validator_flags string into f (initialised
 * first).  NULL or "" is no flags.  Returns 0, or -1 with a message in err
 * for an unknown flag or a tolerance that is not a finite number.
 */
int	validate_flags_parse(struct validate_flags *f, const char *flags,
	    char *err, size_t errlen);

/*
 * validate_default: compare the program output out[0..outlen) with the
 * answer ans[0..anslen) exactly as the problemtools default validator does
 * (token-wise; whitespace-insensitive unless space_change_sensitive;
 * ASCII case-insensitive unless case_sensitive; floats within tolerance).
 * Both buffers may hold any bytes, NUL included (NUL is an ordinary token
 * byte here), and may be large: nothing is copied except one float token at
 * a time.  On VALIDATE_WA a one-paragraph judge message naming the output
 * line and the answer line goes into msg (always NUL-terminated when
 * msglen > 0); on VALIDATE_AC msg is "".
 */
enum validate_result	validate_default(const char *ans, size_t anslen,
	    const char *out, size_t outlen, const struct validate_flags *f,
	    char *msg, size_t msglen);

/* validate_isfloat: s[0..len) is a whole finite float token; sets *v. */
int	validate_isfloat(const char *s, size_t len, double *v);

#endif

/* fuzz_validate.c: libFuzzer target for the default output validator. */
/*
 * Input layout: one flags byte, then the answer and the output separated
 * by the first 0xff byte (NUL bytes stay inside either side).  The flags
 * byte picks case and space sensitivity and the tolerances.  Beyond not
 * crashing, the message must be NUL-terminated within its buffer and an
 * output equal to the answer must always pass.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../judge/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct validate_flags	 f;
	const uint8_t		*sep;
	const char		*ans, *out;
	size_t			 anslen, outlen;
	char			 msg[200];
	static const double	 tols[] = { -1, 0, 1e-6, 0.5, 1e300 };

	if (size < 1)
		return 0;
	validate_flags_init(&f);
	f.case_sensitive = data[0] & 1;
	f.space_change_sensitive = (data[0] >> 1) & 1;
	f.abs_tol = tols[(data[0] >> 2) % 5];
	f.rel_tol = tols[(data[0] >> 5) % 5];
	data++;
	size--;
	sep = memchr(data, 0xff, size);
	ans = (const char *)data;
	anslen = sep ? (size_t)(sep - data) : size;
	out = sep ? (const char *)sep + 1 : "";
	outlen = sep ? size - anslen - 1 : 0;
	validate_default(ans, anslen, out, outlen, &f, msg, sizeof(msg));
	if (memchr(msg, '\0', sizeof(msg)) == NULL)
		abort();
	if (validate_default(ans, anslen, ans, anslen, &f, msg,
	    sizeof(msg)) != VALIDATE_AC)
		abort();	/* |x - x| = 0 is within any given tolerance */
	return 0;
}

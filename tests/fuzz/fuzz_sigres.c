/* fuzz_sigres.c: libFuzzer target for a driver's result channel. */
/*
 * Input layout: one selector byte (a signature of sigs.h), then bytes as
 * the user's process might leave them on SIG_RESULT_FD: the driver's
 * "ok JSON" / "re \"msg\"" / "ce \"msg\"" lines, or anything the user's
 * code wrote there itself.  sig_results_parse must turn any of it into
 * results or an error (never a crash: check.c reports it as RE), and each
 * "ok" result is compared with a fixed expected answer of that signature
 * by sig_compare, which parses the untrusted JSON.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sigs.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* A valid expected answer per signature of sigs.h, in the same order. */
static const char *const expected[] = {
	"[3,1,2]",
	"[0,1]",
	"[1.5,2,-0.25]",
	"[[\"ate\",\"eat\"],[\"bat\"]]",
	"true",
	"[1,1,2,3]",
	"3",
	"[[3],[9,20],[15,7]]",
	"\"h\\u00e9\"",
	"[4,7,2,null,6]",
	"[null,null,1,null,-1]",
	"[null,null,[[1],[2,3]],[1,2]]",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sig_results	 r;
	const struct sig	*sig;
	char			 err[256], msg[256], *buf;
	size_t			 i;
	unsigned		 sel;
	int			 rc;

	if (size < 1)
		return 0;
	sigs_load();
	sel = data[0] % NSIGS;
	sig = sigs[sel];
	buf = malloc(size - 1 ? size - 1 : 1);
	memcpy(buf, data + 1, size - 1);
	memset(err, 'x', sizeof(err));
	if (sig_results_parse(buf, size - 1, &r, err, sizeof(err)) == -1) {
		if (r.n != 0 || r.v != NULL ||
		    memchr(err, '\0', sizeof(err)) == NULL)
			abort();
		free(buf);
		return 0;
	}
	for (i = 0; i < r.n; i++) {
		if (r.v[i].status >= SIG_R__MAX || r.v[i].text == NULL ||
		    r.v[i].text[r.v[i].len] != '\0')
			abort();
		if (r.v[i].status != SIG_R_OK)
			continue;
		memset(msg, 'x', sizeof(msg));
		rc = sig_compare(sig, expected[sel], r.v[i].text, msg,
		    sizeof(msg));
		if (rc == -1)
			abort();	/* our expected answer is valid */
		if (rc == 1 && memchr(msg, '\0', sizeof(msg)) == NULL)
			abort();
	}
	sig_results_free(&r);
	free(buf);
	return 0;
}

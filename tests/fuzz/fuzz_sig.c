/* fuzz_sig.c: libFuzzer target for function-problem test validation. */
/*
 * Input layout: one selector byte, then a test's .in text and its .ans
 * text separated by the first 0xff byte (no 0xff: no .ans, the input is
 * checked alone).  Selector below NSIGS: the values are validated against
 * that signature of sigs.h (sig_validate_test, as the importer does).
 * Selector NSIGS: the rest is a problem.yaml signature block as JSON, for
 * sig_parse itself, then sig_stub and sig_build in every language.
 *
 * What a validated test promises is checked too: sig_frame_tests accepts
 * it (the drivers trust the framing), sig_describe_input stays within
 * its bound, and a validated .ans compares equal to itself under the
 * signature's mode (else the right answer would be judged WA).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sigs.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const langs[] = {
	"c", "cpp", "python3", "java", "javascript", "cobol", NULL
};

static void
run_parse(const char *s, size_t n)
{
	struct json_tokener	*tok;
	struct json_object	*o;
	struct sig		*sig;
	struct sig_files	 f;
	char			 err[256], *stub;
	size_t			 i;

	if ((tok = json_tokener_new_ex(32)) == NULL)
		return;
	o = json_tokener_parse_ex(tok, s, (int)n);
	json_tokener_free(tok);
	memset(err, 'x', sizeof(err));
	if (sig_parse(o, &sig, err, sizeof(err)) == -1) {
		if (sig != NULL || memchr(err, '\0', sizeof(err)) == NULL)
			abort();
		json_object_put(o);
		return;
	}
	json_object_put(o);
	for (i = 0; langs[i] != NULL; i++) {
		stub = sig_stub(sig, langs[i]);
		if ((stub == NULL) != (i == 5))
			abort();	/* every known language has a stub */
		free(stub);
		if (sig_build(sig, langs[i], "x", 1, &f, err,
		    sizeof(err)) == 0) {
			if (i == 5 || f.nfiles == 0 || f.main == NULL)
				abort();
			sig_files_free(&f);
		} else if (i != 5)
			abort();
	}
	sig_free(sig);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct sig	*sig;
	struct sig_test		 t;
	const uint8_t		*sep;
	char			 err[256], msg[256], *in, *ans = NULL, *frame;
	char			*d;
	size_t			 inlen, anslen = 0, flen, max;
	unsigned		 sel;

	if (size < 1)
		return 0;
	sigs_load();
	sel = data[0] % (NSIGS + 1);
	data++;
	size--;
	if (sel == NSIGS) {
		run_parse((const char *)data, size);
		return 0;
	}
	sig = sigs[sel];
	sep = memchr(data, 0xff, size);
	inlen = sep ? (size_t)(sep - data) : size;
	/* Exact-size copies, so ASan sees any read past the end. */
	in = malloc(inlen ? inlen : 1);
	memcpy(in, data, inlen);
	if (sep != NULL) {
		anslen = size - inlen - 1;
		ans = malloc(anslen + 1);
		memcpy(ans, sep + 1, anslen);
		ans[anslen] = '\0';
	}
	memset(err, 'x', sizeof(err));
	if (sig_validate_test(sig, in, inlen, ans, anslen, err,
	    sizeof(err)) == -1) {
		if (memchr(err, '\0', sizeof(err)) == NULL)
			abort();
		goto out;
	}
	t.in = in;
	t.len = inlen;
	if ((frame = sig_frame_tests(sig, &t, 1, &flen, err,
	    sizeof(err))) == NULL)
		abort();	/* validated, yet the framing refuses it */
	if (strlen(frame) != flen)
		abort();
	free(frame);
	for (max = 8; max <= 4096; max *= 8) {
		d = sig_describe_input(sig, in, inlen, max);
		if (d == NULL || strlen(d) > max)
			abort();
		free(d);
	}
	if (ans != NULL && strlen(ans) == anslen &&
	    sig_compare(sig, ans, ans, msg, sizeof(msg)) != 0)
		abort();	/* the expected answer is not equal to itself */
out:
	free(in);
	free(ans);
	return 0;
}

/* sigtool.c: command-line access to judge/sig.c for the harness tests. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "sig.h"

/*
 *   sigtool stub LANG SIG.json
 *   sigtool build LANG SIG.json SOURCE OUTDIR    (prints the main file)
 *   sigtool frame SIG.json TEST.in...           (the driver's stdin)
 *   sigtool validate SIG.json TEST.in TEST.ans
 *   sigtool check SIG.json RESULTS TEST.ans...  (one line per test)
 * SIG.json holds the signature block as JSON.
 */

static char *
slurp(const char *path, size_t *lenp)
{
	FILE	*f;
	char	*s;
	size_t	 n = 0, cap = 4096, r;

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "sigtool: '%s': %s\n", path, strerror(errno));
		exit(2);
	}
	s = malloc(cap + 1);
	while ((r = fread(s + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap)
			s = realloc(s, (cap *= 2) + 1);
	}
	fclose(f);
	s[n] = '\0';
	if (lenp != NULL)
		*lenp = n;
	return s;
}

static struct sig *
load_sig(const char *path)
{
	struct json_object	*o;
	struct sig		*sig;
	char			 err[256];

	if ((o = json_object_from_file(path)) == NULL) {
		fprintf(stderr, "sigtool: '%s': not JSON\n", path);
		exit(2);
	}
	if (sig_parse(o, &sig, err, sizeof(err)) == -1) {
		fprintf(stderr, "sigtool: '%s': %s\n", path, err);
		exit(2);
	}
	json_object_put(o);
	return sig;
}

int
main(int argc, char *argv[])
{
	struct sig		*sig;
	struct sig_files	 files;
	struct sig_results	 res;
	struct sig_test		*tests;
	char			 err[512], msg[512], *s, *ans, path[4096];
	size_t			 len, alen, i;
	FILE			*f;
	int			 k, rc = 0;

	if (argc < 3)
		goto usage;
	if (strcmp(argv[1], "stub") == 0 && argc == 4) {
		sig = load_sig(argv[3]);
		if ((s = sig_stub(sig, argv[2])) == NULL)
			return 2;
		fputs(s, stdout);
		free(s);
	} else if (strcmp(argv[1], "build") == 0 && argc == 6) {
		sig = load_sig(argv[3]);
		s = slurp(argv[4], &len);
		if (sig_build(sig, argv[2], s, len, &files, err,
		    sizeof(err)) == -1) {
			fprintf(stderr, "sigtool: %s\n", err);
			return 2;
		}
		for (i = 0; i < files.nfiles; i++) {
			snprintf(path, sizeof(path), "%s/%s", argv[5],
			    files.files[i].name);
			if ((f = fopen(path, "wb")) == NULL)
				return 2;
			fwrite(files.files[i].data, 1, files.files[i].len, f);
			fclose(f);
		}
		printf("%s\n", files.main);
		sig_files_free(&files);
		free(s);
	} else if (strcmp(argv[1], "frame") == 0) {
		sig = load_sig(argv[2]);
		tests = calloc((size_t)argc, sizeof(*tests));
		for (k = 3; k < argc; k++)
			tests[k - 3].in = slurp(argv[k], &tests[k - 3].len);
		if ((s = sig_frame_tests(sig, tests, (size_t)(argc - 3), &len,
		    err, sizeof(err))) == NULL) {
			fprintf(stderr, "sigtool: %s\n", err);
			return 1;
		}
		fwrite(s, 1, len, stdout);
		free(s);
		for (k = 3; k < argc; k++)
			free((char *)tests[k - 3].in);
		free(tests);
	} else if (strcmp(argv[1], "validate") == 0 && argc == 5) {
		sig = load_sig(argv[2]);
		s = slurp(argv[3], &len);
		ans = slurp(argv[4], &alen);
		if (sig_validate_test(sig, s, len, ans, alen, err,
		    sizeof(err)) == -1) {
			printf("invalid: %s\n", err);
			rc = 1;
		} else
			printf("valid\n");
		free(s);
		free(ans);
	} else if (strcmp(argv[1], "check") == 0 && argc >= 4) {
		sig = load_sig(argv[2]);
		s = slurp(argv[3], &len);
		if (sig_results_parse(s, len, &res, err, sizeof(err)) == -1) {
			printf("BAD %s\n", err);
			return 1;
		}
		for (k = 4; k < argc; k++) {
			i = (size_t)(k - 4);
			if (i >= res.n) {
				printf("MISSING test %zu\n", i + 1);
				rc = 1;
				break;
			}
			if (res.v[i].status != SIG_R_OK) {
				printf("%s test %zu: %s\n", res.v[i].status ==
				    SIG_R_RE ? "RE" : "CE", i + 1,
				    res.v[i].text);
				rc = 1;
				break;
			}
			ans = slurp(argv[k], NULL);
			switch (sig_compare(sig, ans, res.v[i].text, msg,
			    sizeof(msg))) {
			case 0:
				printf("AC test %zu\n", i + 1);
				break;
			case 1:
				printf("WA test %zu: %s\n", i + 1, msg);
				rc = 1;
				break;
			default:
				printf("IE test %zu: %s\n", i + 1, msg);
				rc = 1;
				break;
			}
			free(ans);
		}
		if (rc == 0 && res.n > (size_t)(argc - 4)) {
			printf("EXTRA %s\n", res.v[argc - 4].text);
			rc = 1;
		}
		sig_results_free(&res);
		free(s);
	} else
		goto usage;
	sig_free(sig);
	return rc;
usage:
	fprintf(stderr, "usage: sigtool stub|build|frame|validate|check ...\n");
	return 2;
}

/* main.c: verdict-judge, the judge's command dispatcher. */
/*
 * One binary, several subcommands, chosen by the first argument through the
 * table cmds[] below.  To add one (import, daemon, useradd, ...): write a
 * cmd_<name>(int argc, char **argv) that receives argv starting at the
 * subcommand's name, returns the process exit status, and add a row.
 * Conventions: exit 0 on success, 1 on an internal error (message on
 * stderr), 2 on a usage error.  Nothing is printed on stdout except the
 * command's result.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "check.h"
#include "jctx.h"
#include "lang.h"
#include "log.h"
#include "pkg.h"
#include "sandbox.h"
#include "xmalloc.h"

#define SOURCE_MAX	(1u << 20)	/* bytes of a submitted source */

static int	cmd_check(int, char **);
static int	cmd_langs(int, char **);
static int	cmd_help(int, char **);

struct cmd {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;		/* after "verdict-judge " */
	const char	*what;
};

static const struct cmd cmds[] = {
	{ "check", cmd_check, "check [-L languages.conf] [--lang ID] "
	    "[--samples] [--keep-going] [--input FILE] [--slot N] "
	    "[--cache DIR] [--pretty] PROBLEM_DIR SOURCE",
	    "judge one source against one problem package; prints JSON" },
	{ "langs", cmd_langs, "langs [-L languages.conf]",
	    "list the language table and which toolchains are available" },
	{ "help", cmd_help, "help", "this text" },
	{ "import", cmd_import, "import [-c CONFIG] [--slot N] [--force] "
	    "DIR...", "import problem packages into MariaDB (reference "
	    "solutions are judged first)" },
	{ "daemon", cmd_daemon, "daemon [-c CONFIG] [--slot N] [--name NAME] "
	    "[-p PIDFILE]", "judge queued submissions and runs" },
	{ "useradd", cmd_useradd, "useradd [-c CONFIG] [--role user|admin] "
	    "[--update] NAME < password", "create an account" },
};
#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static void
usage_all(FILE *f)
{
	size_t	 i;

	fprintf(f, "usage:\n");
	for (i = 0; i < NCMDS; i++)
		fprintf(f, "  verdict-judge %s\n      %s\n", cmds[i].usage,
		    cmds[i].what);
}

static int
usage_cmd(const char *name)
{
	size_t	 i;

	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			fprintf(stderr, "usage: verdict-judge %s\n",
			    cmds[i].usage);
	return 2;
}

static int
cmd_help(int argc, char **argv)
{
	usage_all(stdout);
	return 0;
}

/* Load the language table from -L or the default places. */
static int
load_langs(struct lang_table *t, const char *path)
{
	char	 err[512], *def = NULL;
	int	 rc;

	if (path == NULL && (path = def = lang_default_path()) == NULL) {
		fprintf(stderr, "verdict-judge: no languages.conf found (use "
		    "-L or VERDICT_LANGUAGES)\n");
		return -1;
	}
	rc = lang_table_load(t, path, err, sizeof(err));
	if (rc == -1)
		fprintf(stderr, "verdict-judge: %s\n", err);
	free(def);
	return rc;
}

static int
cmd_langs(int argc, char **argv)
{
	struct lang_table	 t;
	const char		*path = NULL;
	char			 why[256];
	size_t			 i, j;
	int			 ch;

	while ((ch = getopt(argc, argv, "L:")) != -1) {
		if (ch != 'L')
			return usage_cmd("langs");
		path = optarg;
	}
	if (load_langs(&t, path) == -1)
		return 1;
	printf("# %s\n", t.path);
	for (i = 0; i < t.n; i++) {
		const struct lang *l = &t.v[i];

		printf("%-12s %-28s", l->id, l->name);
		for (j = 0; l->exts[j] != NULL; j++)
			printf("%s%s", j ? "," : "", l->exts[j]);
		if (lang_available(l, why, sizeof(why))) {
			char *v = lang_version(l);

			printf("  available: %s\n", v ? v : "(no version)");
			free(v);
		} else
			printf("  unavailable: %s\n", why);
	}
	lang_table_free(&t);
	return 0;
}

static int
parse_uint(const char *s, unsigned *v)
{
	char		*end;
	unsigned long	 u;

	errno = 0;
	u = strtoul(s, &end, 10);
	if (errno || end == s || *end != '\0' || u > 1000000)
		return -1;
	*v = (unsigned)u;
	return 0;
}

static int
cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "languages", required_argument, NULL, 'L' },
		{ "samples", no_argument, NULL, 's' },
		{ "keep-going", no_argument, NULL, 'k' },
		{ "slot", required_argument, NULL, 'S' },
		{ "cache", required_argument, NULL, 'C' },
		{ "pretty", no_argument, NULL, 'p' },
		{ "input", required_argument, NULL, 'i' },
		{ NULL, 0, NULL, 0 }
	};
	struct lang_table	 langs;
	struct pkg		 pkg;
	struct check_opts	 o;
	struct check_result	 res;
	struct json_object	*j;
	const struct lang	*l;
	const char		*lang_id = NULL, *lpath = NULL, *env, *base;
	const char		*input_path = NULL;
	char			 err[1024], *source = NULL, *cache = NULL;
	char			*input = NULL;
	size_t			 slen, ilen = 0;
	unsigned		 slot = 0;
	int			 ch, pretty = 0, rc = 1, samples = 0, keep = 0;
	int			 have_langs = 0, have_pkg = 0;

	if ((env = getenv("VERDICT_SLOT")) != NULL &&
	    parse_uint(env, &slot) == -1) {
		fprintf(stderr, "verdict-judge: bad VERDICT_SLOT '%s'\n", env);
		return 2;
	}
	while ((ch = getopt_long(argc, argv, "L:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'l':
			lang_id = optarg;
			break;
		case 'L':
			lpath = optarg;
			break;
		case 's':
			samples = 1;
			break;
		case 'k':
			keep = 1;
			break;
		case 'S':
			if (parse_uint(optarg, &slot) == -1)
				return usage_cmd("check");
			break;
		case 'C':
			free(cache);
			cache = xstrdup(optarg);
			break;
		case 'p':
			pretty = 1;
			break;
		case 'i':
			input_path = optarg;
			break;
		default:
			free(cache);
			return usage_cmd("check");
		}
	}
	if (argc - optind != 2) {
		free(cache);
		return usage_cmd("check");
	}
	if (load_langs(&langs, lpath) == -1)
		goto out;
	have_langs = 1;
	if (lang_id != NULL)
		l = lang_find(&langs, lang_id);
	else
		l = lang_by_filename(&langs, argv[optind + 1]);
	if (l == NULL) {
		fprintf(stderr, "verdict-judge: %s '%s' (known: see "
		    "'verdict-judge langs')\n", lang_id ? "unknown language" :
		    "no language for the extension of", lang_id ? lang_id :
		    argv[optind + 1]);
		rc = 2;
		goto out;
	}
	if (!lang_available(l, err, sizeof(err))) {
		fprintf(stderr, "verdict-judge: language '%s' is unavailable "
		    "here: %s\n", l->id, err);
		goto out;
	}
	if (pkg_load(&pkg, argv[optind], err, sizeof(err)) == -1) {
		fprintf(stderr, "verdict-judge: %s\n", err);
		goto out;
	}
	have_pkg = 1;
	if ((source = pkg_read_file(argv[optind + 1], SOURCE_MAX, &slen)) ==
	    NULL) {
		fprintf(stderr, "verdict-judge: '%s': %s\n", argv[optind + 1],
		    errno == EFBIG ? "source larger than 1 MiB" :
		    strerror(errno));
		goto out;
	}
	if (input_path != NULL && (input = pkg_read_file(input_path,
	    SOURCE_MAX * 16, &ilen)) == NULL) {
		fprintf(stderr, "verdict-judge: '%s': %s\n", input_path,
		    strerror(errno));
		goto out;
	}
	if (cache == NULL)
		cache = check_default_cache_dir();
	if (sbx_init(slot) == -1) {
		fprintf(stderr, "verdict-judge: the sandbox could not start "
		    "(slot %u); see the log above\n", slot);
		goto out;
	}
	base = strrchr(argv[optind + 1], '/');
	memset(&o, 0, sizeof(o));
	o.pkg = &pkg;
	o.lang = l;
	o.langs = &langs;
	o.source = source;
	o.source_len = slen;
	o.source_name = base ? base + 1 : argv[optind + 1];
	o.cache_dir = cache;
	o.samples_only = samples;
	o.keep_going = keep;
	o.custom_input = input;
	o.custom_input_len = ilen;
	if (check_run(&o, &res) == -1) {
		sbx_fini();
		goto out;
	}
	sbx_fini();
	j = check_result_json(&res);
	printf("%s\n", json_object_to_json_string_ext(j, (pretty ?
	    JSON_C_TO_STRING_PRETTY : JSON_C_TO_STRING_SPACED) |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(j);
	if (res.verdict == CHECK_IE)
		fprintf(stderr, "verdict-judge: internal error: %s\n",
		    res.ie_reason);
	else
		rc = 0;
	check_result_free(&res);
out:
	if (fflush(stdout) == EOF)
		rc = 1;
	free(source);
	free(input);
	free(cache);
	if (have_pkg)
		pkg_free(&pkg);
	if (have_langs)
		lang_table_free(&langs);
	return rc;
}

int
main(int argc, char *argv[])
{
	size_t	 i;

	log_init("verdict-judge", getenv("VERDICT_DEBUG") != NULL);
	if (argc < 2) {
		usage_all(stderr);
		return 2;
	}
	for (i = 0; i < NCMDS; i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return cmds[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "verdict-judge: unknown command '%s'\n", argv[1]);
	usage_all(stderr);
	return 2;
}

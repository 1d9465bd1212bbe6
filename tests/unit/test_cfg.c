/* test_cfg.c: configuration syntax, ranges, quoting, env overrides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cfg.h"
#include "t.h"

static const char *const *fake_env;

static const char *
fake_getenv(const char *name)
{
	size_t	 i, n = strlen(name);

	for (i = 0; fake_env != NULL && fake_env[i] != NULL; i++)
		if (strncmp(fake_env[i], name, n) == 0 &&
		    fake_env[i][n] == '=')
			return fake_env[i] + n + 1;
	return NULL;
}

/* parse: defaults + text; returns 0/-1 and leaves c filled. */
static int
parse(struct cfg *c, const char *text, char *err, size_t errlen)
{
	cfg_defaults(c);
	err[0] = '\0';
	return cfg_parse(c, "t.conf", text, strlen(text), err, errlen);
}

int
main(void)
{
	struct cfg	 c;
	char		 err[256], path[] = "/tmp/verdict-cfg-XXXXXX";
	FILE		*f;
	int		 fd, rc;
	size_t		 i;

	/* Table: text, expected result, substring of the error. */
	static const struct {
		const char	*text;
		int		 rc;
		const char	*err;
	} bad[] = {
		{ "db_prot = 3306\n", -1, "t.conf:1: unknown key \"db_prot\"" },
		{ "\n\n# c\nnope = 1\n", -1, "t.conf:4: unknown key" },
		{ "db_port\n", -1, "t.conf:1: expected key = value" },
		{ "db_port = 0\n", -1, "out of range" },
		{ "db_port = 1\n", 0, "" },
		{ "db_port = 65535\n", 0, "" },
		{ "db_port = 65536\n", -1, "out of range" },
		{ "db_port = 12a\n", -1, "not a number" },
		{ "db_port =\n", -1, "not a number" },
		{ "db_port = -1\n", -1, "out of range" },
		{ "db_port = 99999999999999999999\n", -1, "out of range" },
		{ "workers = 0\n", 0, "" },
		{ "workers = 256\n", 0, "" },
		{ "workers = 257\n", -1, "out of range" },
		{ "body_max = 1023\n", -1, "out of range" },
		{ "body_max = 1024\n", 0, "" },
		{ "cookie_secure = maybe\n", -1, "not yes or no" },
		{ "db_user = a\ndb_user = b\n", -1,
		    "t.conf:2: duplicate key \"db_user\"" },
		{ "db_password = \"unterminated\n", -1, "bad quoted value" },
		{ "db_password = \"a\" b\n", -1, "bad quoted value" },
		{ "db_password = \"a\\nb\"\n", -1, "bad quoted value" },
		{ "db_password = \"a\\\"\n", -1, "bad quoted value" },
		{ "  = x\n", -1, "unknown key \"\"" },
		{ "log_level = verbose\n", -1, "debug|info|warn" },
		{ "log_level = warn\n", 0, "" },
		{ "log_level = debug\n", 0, "" },
		{ "log_level = \n", -1, "debug|info|warn" },
	};

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		rc = parse(&c, bad[i].text, err, sizeof(err));
		T_INTEQ(rc, bad[i].rc, "parse %zu returns %d", i, bad[i].rc);
		T_OK(strstr(err, bad[i].err) != NULL,
		    "parse %zu error mentions \"%s\" (got \"%s\")", i,
		    bad[i].err, err);
		cfg_free(&c);
	}

	/* A full file: comments, blanks, CRLF, spacing, quoting. */
	rc = parse(&c,
	    "# verdict-web\n"
	    "\n"
	    "   # indented comment\n"
	    "db_socket = /var/run/mysqld.sock\r\n"
	    "db_user=web\n"
	    "\tdb_password   =   \"p#ss \\\"word\\\" \\\\ \"  \n"
	    "db_name = a # not a comment\n"
	    "workers = 8\n"
	    "max_requests = 0\n"
	    "cookie_secure = yes\n"
	    "log_level = debug\n"
	    "redis_timeout_ms = 250",
	    err, sizeof(err));
	T_INTEQ(rc, 0, "full file parses (%s)", err);
	T_STREQ(c.db_socket, "/var/run/mysqld.sock", "CR of CRLF stripped");
	T_STREQ(c.db_user, "web", "no spaces around =");
	T_STREQ(c.db_password, "p#ss \"word\" \\ ",
	    "quoted value: escapes and trailing space kept");
	T_STREQ(c.db_name, "a # not a comment", "# inside a value is kept");
	T_INTEQ(c.workers, 8, "workers");
	T_INTEQ(c.max_requests, 0, "max_requests 0 (never recycle)");
	T_INTEQ(c.cookie_secure, 1, "bool yes");
	T_INTEQ(c.redis_timeout_ms, 250, "last line without newline");
	T_STREQ(c.db_host, "127.0.0.1", "unset keys keep their default");
	T_INTEQ(c.body_max, 1024 * 1024, "default body cap is 1 MiB");
	T_STREQ(c.user, "www-data", "default user");
	cfg_free(&c);

	/* Booleans. */
	static const struct {
		const char	*v;
		int		 want;
	} bools[] = {
		{ "yes", 1 }, { "true", 1 }, { "on", 1 }, { "1", 1 },
		{ "YES", 1 }, { "no", 0 }, { "false", 0 }, { "off", 0 },
		{ "0", 0 },
	};
	for (i = 0; i < sizeof(bools) / sizeof(bools[0]); i++) {
		char line[64];

		snprintf(line, sizeof(line), "cookie_secure = %s\n",
		    bools[i].v);
		rc = parse(&c, line, err, sizeof(err));
		T_OK(rc == 0 && c.cookie_secure == bools[i].want,
		    "bool \"%s\" is %d", bools[i].v, bools[i].want);
		cfg_free(&c);
	}

	/* A NUL byte inside the text is refused. */
	cfg_defaults(&c);
	rc = cfg_parse(&c, "t.conf", "db_user = a\0b\n", 14, err, sizeof(err));
	T_OK(rc == -1 && strstr(err, "NUL") != NULL, "NUL byte refused");
	cfg_free(&c);

	/* Environment overrides. */
	static const char *const env1[] = {
		"VERDICT_DB_PASSWORD=from-env", "VERDICT_WORKERS=3",
		"VERDICT_COOKIE_SECURE=on", "DB_USER=ignored", NULL,
	};
	static const char *const env2[] = { "VERDICT_WORKERS=lots", NULL };
	static const char *const env3[] = { "VERDICT_DB_PORT=70000", NULL };
	parse(&c, "db_password = file\nworkers = 5\n", err, sizeof(err));
	fake_env = env1;
	T_INTEQ(cfg_env(&c, fake_getenv, err, sizeof(err)), 0,
	    "environment applies");
	T_STREQ(c.db_password, "from-env", "VERDICT_DB_PASSWORD wins");
	T_INTEQ(c.workers, 3, "VERDICT_WORKERS wins");
	T_INTEQ(c.cookie_secure, 1, "VERDICT_COOKIE_SECURE");
	T_STREQ(c.db_user, "verdict_web", "unprefixed variables are ignored");
	fake_env = env2;
	T_INTEQ(cfg_env(&c, fake_getenv, err, sizeof(err)), -1,
	    "bad number in the environment is an error");
	T_OK(strstr(err, "VERDICT_WORKERS") != NULL, "error names the "
	    "variable (%s)", err);
	fake_env = env3;
	T_INTEQ(cfg_env(&c, fake_getenv, err, sizeof(err)), -1,
	    "out of range in the environment is an error");
	cfg_free(&c);

	/* cfg_load from a file, and a missing file. */
	if ((fd = mkstemp(path)) != -1 && (f = fdopen(fd, "w")) != NULL) {
		fputs("db_name = loaded\nfcgi_socket = /tmp/x.sock\n", f);
		fclose(f);
	}
	unsetenv("VERDICT_DB_NAME");
	rc = cfg_load(&c, path, err, sizeof(err));
	T_INTEQ(rc, 0, "cfg_load reads a file (%s)", err);
	T_STREQ(c.db_name, "loaded", "loaded value");
	T_STREQ(c.fcgi_socket, "/tmp/x.sock", "loaded socket path");
	cfg_free(&c);
	setenv("VERDICT_DB_NAME", "env-name", 1);
	rc = cfg_load(&c, path, err, sizeof(err));
	T_STREQ(rc == 0 ? c.db_name : NULL, "env-name",
	    "cfg_load applies the real environment last");
	if (rc == 0)
		cfg_free(&c);
	unsetenv("VERDICT_DB_NAME");
	unlink(path);
	rc = cfg_load(&c, path, err, sizeof(err));
	T_OK(rc == -1 && strstr(err, path) != NULL,
	    "a missing file is an error naming it (%s)", err);
	rc = cfg_load(&c, NULL, err, sizeof(err));
	T_INTEQ(rc, 0, "no file: defaults only");
	if (rc == 0)
		cfg_free(&c);
	rc = cfg_load(&c, "/tmp", err, sizeof(err));
	T_INTEQ(rc, -1, "a directory is not a configuration file");
	T_DONE();
}

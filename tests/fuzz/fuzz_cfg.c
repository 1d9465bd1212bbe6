/* fuzz_cfg.c: libFuzzer target for the configuration file parser. */
/*
 * Input layout: the file text, then optionally a 0xff byte and
 * environment overrides, one VERDICT_KEY=value per line, handed to
 * cfg_env through a table instead of getenv.  cfg_parse is also run on
 * the text with a 16-byte error buffer.  Beyond not crashing or leaking,
 * the messages must be NUL-terminated and name the file, and after a
 * successful parse every value must be within its key's declared range
 * (lib/cfg.c's cfg_keys[]).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../lib/cfg.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define ENV_MAX	16

static struct {
	char	*name;
	char	*val;
} env[ENV_MAX];
static size_t nenv;

static const char *
fake_getenv(const char *name)
{
	size_t	 i;

	for (i = 0; i < nenv; i++)
		if (strcmp(env[i].name, name) == 0)
			return env[i].val;
	return NULL;
}

/* The ranges of cfg_keys[]; a value outside them got past a check. */
static void
check_ranges(const struct cfg *c)
{
	if (c->db_port < 1 || c->db_port > 65535 ||
	    c->redis_port < 1 || c->redis_port > 65535 ||
	    c->db_connect_timeout < 1 || c->db_connect_timeout > 3600 ||
	    c->db_timeout < 1 || c->db_timeout > 3600 ||
	    c->redis_timeout_ms < 1 || c->redis_timeout_ms > 3600000 ||
	    c->fcgi_backlog < 1 || c->fcgi_backlog > 65535 ||
	    c->workers < 0 || c->workers > 256 || c->max_requests < 0 ||
	    c->drain_timeout < 1 || c->drain_timeout > 3600 ||
	    c->body_max < 1024 || c->body_max > 1024 * 1024 * 1024 ||
	    c->fields_max < 1 || c->fields_max > 100000 ||
	    (c->cookie_secure != 0 && c->cookie_secure != 1) ||
	    c->slot < 0 || c->slot > 9999)
		abort();
	if (strcmp(c->log_level, "debug") != 0 &&
	    strcmp(c->log_level, "info") != 0 &&
	    strcmp(c->log_level, "warn") != 0)
		abort();
	if (c->db_socket == NULL || c->db_host == NULL || c->db_user == NULL ||
	    c->db_password == NULL || c->db_name == NULL ||
	    c->redis_socket == NULL || c->redis_host == NULL ||
	    c->fcgi_socket == NULL || c->user == NULL ||
	    c->log_file == NULL || c->run_dir == NULL ||
	    c->cache_dir == NULL || c->languages == NULL)
		abort();
}

/* Split "NAME=value\n..." (n bytes, NUL-free copy) into env[]. */
static void
env_load(const uint8_t *p, size_t n)
{
	const uint8_t	*end = p + n, *nl, *eq;

	while (p < end && nenv < ENV_MAX) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if ((eq = memchr(p, '=', (size_t)(nl - p))) != NULL &&
		    memchr(p, '\0', (size_t)(nl - p)) == NULL) {
			env[nenv].name = strndup((const char *)p,
			    (size_t)(eq - p));
			env[nenv].val = strndup((const char *)eq + 1,
			    (size_t)(nl - eq - 1));
			nenv++;
		}
		p = nl + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cfg	 c;
	const uint8_t	*sep;
	char		 err[256], small[16];
	size_t		 tlen, i;
	int		 rc;

	sep = memchr(data, 0xff, size);
	tlen = sep ? (size_t)(sep - data) : size;
	nenv = 0;
	if (sep != NULL)
		env_load(sep + 1, size - tlen - 1);

	cfg_defaults(&c);
	check_ranges(&c);
	memset(err, 'x', sizeof(err));
	rc = cfg_parse(&c, "fuzz.conf", (const char *)data, tlen, err,
	    sizeof(err));
	if (rc == -1) {
		if (memchr(err, '\0', sizeof(err)) == NULL ||
		    strncmp(err, "fuzz.conf:", 10) != 0)
			abort();
	} else if (rc == 0) {
		check_ranges(&c);
		memset(err, 'x', sizeof(err));
		rc = cfg_env(&c, fake_getenv, err, sizeof(err));
		if (rc == -1 && (memchr(err, '\0', sizeof(err)) == NULL ||
		    strncmp(err, "environment VERDICT_", 20) != 0))
			abort();
		if (rc == 0)
			check_ranges(&c);
	} else
		abort();
	cfg_free(&c);

	/* A short error buffer must still be terminated, never overrun. */
	cfg_defaults(&c);
	memset(small, 'x', sizeof(small));
	if (cfg_parse(&c, "fuzz.conf", (const char *)data, tlen, small,
	    sizeof(small)) == -1 && memchr(small, '\0', sizeof(small)) == NULL)
		abort();
	cfg_free(&c);

	for (i = 0; i < nenv; i++) {
		free(env[i].name);
		free(env[i].val);
	}
	return 0;
}

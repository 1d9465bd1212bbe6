/* cfg.c: parse the configuration file and VERDICT_* environment overrides. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cfg.h"
#include "xmalloc.h"

#define CFG_FILE_MAX	(256 * 1024)

enum cfg_type {
	CFG_STR,
	CFG_INT,
	CFG_BOOL,
};

/* The key table: name, type, where it lives, allowed integer range. */
static const struct cfg_key {
	const char	*name;
	enum cfg_type	 type;
	size_t		 off;
	long		 min, max;
	const char	*choices;	/* strings: "a|b|c", or NULL: any */
} cfg_keys[] = {
#define S(k)		{ #k, CFG_STR, offsetof(struct cfg, k), 0, 0, NULL }
#define E(k, ch)	{ #k, CFG_STR, offsetof(struct cfg, k), 0, 0, ch }
#define I(k, lo, hi)	{ #k, CFG_INT, offsetof(struct cfg, k), lo, hi, NULL }
#define B(k)		{ #k, CFG_BOOL, offsetof(struct cfg, k), 0, 1, NULL }
	S(db_socket),
	S(db_host),
	I(db_port, 1, 65535),
	S(db_user),
	S(db_password),
	S(db_name),
	I(db_connect_timeout, 1, 3600),
	I(db_timeout, 1, 3600),
	S(redis_socket),
	S(redis_host),
	I(redis_port, 1, 65535),
	I(redis_timeout_ms, 1, 3600000),
	S(fcgi_socket),
	I(fcgi_backlog, 1, 65535),
	I(workers, 0, 256),
	I(max_requests, 0, INT_MAX),
	I(drain_timeout, 1, 3600),
	S(user),
	I(body_max, 1024, 1024 * 1024 * 1024),
	I(fields_max, 1, 100000),
	B(cookie_secure),
	E(log_level, "debug|info|warn"),
	S(log_file),
	S(run_dir),
	S(cache_dir),
	S(languages),
	I(slot, 0, 9999),
#undef S
#undef E
#undef I
#undef B
};
#define CFG_NKEYS	(sizeof(cfg_keys) / sizeof(cfg_keys[0]))

static char **
cfg_str(struct cfg *c, const struct cfg_key *k)
{
	return (char **)(void *)((char *)c + k->off);
}

static int *
cfg_int(struct cfg *c, const struct cfg_key *k)
{
	return (int *)(void *)((char *)c + k->off);
}

void
cfg_defaults(struct cfg *c)
{
	memset(c, 0, sizeof(*c));
	c->db_socket = xstrdup("");
	c->db_host = xstrdup("127.0.0.1");
	c->db_port = 3306;
	c->db_user = xstrdup("verdict_web");
	c->db_password = xstrdup("");
	c->db_name = xstrdup("verdict");
	c->db_connect_timeout = 2;
	c->db_timeout = 5;
	c->redis_socket = xstrdup("");
	c->redis_host = xstrdup("127.0.0.1");
	c->redis_port = 6379;
	c->redis_timeout_ms = 1000;
	c->fcgi_socket = xstrdup("/run/verdict/web.sock");
	c->fcgi_backlog = 1024;
	c->workers = 0;
	c->max_requests = 10000;
	c->drain_timeout = 30;
	c->user = xstrdup("www-data");
	c->body_max = 1024 * 1024;
	c->fields_max = 256;
	c->cookie_secure = 0;
	c->log_level = xstrdup("info");
	c->log_file = xstrdup("");
	c->run_dir = xstrdup("");
	c->cache_dir = xstrdup("");
	c->languages = xstrdup("");
	c->slot = 0;
}

void
cfg_free(struct cfg *c)
{
	size_t	 i;

	for (i = 0; i < CFG_NKEYS; i++)
		if (cfg_keys[i].type == CFG_STR) {
			free(*cfg_str(c, &cfg_keys[i]));
			*cfg_str(c, &cfg_keys[i]) = NULL;
		}
}

static const struct cfg_key *
cfg_find(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < CFG_NKEYS; i++)
		if (strlen(cfg_keys[i].name) == len &&
		    memcmp(cfg_keys[i].name, name, len) == 0)
			return &cfg_keys[i];
	return NULL;
}

/* cfg_choice: value is one of the '|'-separated words of choices. */
static int
cfg_choice(const char *choices, const char *value)
{
	size_t		 n = strlen(value);
	const char	*p = choices, *bar;

	for (;;) {
		bar = strchrnul(p, '|');
		if ((size_t)(bar - p) == n && strncmp(p, value, n) == 0)
			return 1;
		if (*bar == '\0')
			return 0;
		p = bar + 1;
	}
}

/*
 * cfg_set: store value (a NUL-terminated string) into key k.  Returns NULL
 * or a static description of what is wrong with the value (for a key
 * with choices: the list of them).
 */
static const char *
cfg_set(struct cfg *c, const struct cfg_key *k, const char *value)
{
	char	*end;
	long	 v;

	switch (k->type) {
	case CFG_STR:
		if (k->choices != NULL && !cfg_choice(k->choices, value))
			return k->choices;
		free(*cfg_str(c, k));
		*cfg_str(c, k) = xstrdup(value);
		return NULL;
	case CFG_INT:
		if (*value == '\0' || isspace((unsigned char)*value))
			return "not a number";
		errno = 0;
		v = strtol(value, &end, 10);
		if (*end != '\0')
			return "not a number";
		if (errno == ERANGE || v < k->min || v > k->max)
			return "out of range";
		*cfg_int(c, k) = (int)v;
		return NULL;
	case CFG_BOOL:
		if (!strcasecmp(value, "yes") || !strcasecmp(value, "true") ||
		    !strcasecmp(value, "on") || !strcmp(value, "1"))
			*cfg_int(c, k) = 1;
		else if (!strcasecmp(value, "no") ||
		    !strcasecmp(value, "false") ||
		    !strcasecmp(value, "off") || !strcmp(value, "0"))
			*cfg_int(c, k) = 0;
		else
			return "not yes or no";
		return NULL;
	}
	return "bad key type";
}

/*
 * cfg_unquote: decode a quoted value starting after the opening quote at
 * s (n bytes) into out (at least n + 1 bytes).  Only blanks may follow the
 * closing quote.  Returns 0 or -1.
 */
static int
cfg_unquote(const char *s, size_t n, char *out)
{
	size_t	 i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '"') {
			for (i++; i < n; i++)
				if (s[i] != ' ' && s[i] != '\t')
					return -1;
			out[o] = '\0';
			return 0;
		}
		if (s[i] == '\\') {
			if (++i == n || (s[i] != '"' && s[i] != '\\'))
				return -1;
		}
		out[o++] = s[i];
	}
	return -1;		/* no closing quote */
}

int
cfg_parse(struct cfg *c, const char *name, const char *text, size_t len,
    char *err, size_t errlen)
{
	const struct cfg_key	*k;
	const char		*p = text, *end = text + len, *eol, *eq;
	const char		*ks, *ke, *vs, *ve, *why;
	unsigned char		 seen[CFG_NKEYS];
	char			*value;
	int			 line = 0;

	memset(seen, 0, sizeof(seen));
	for (; p < end; p = eol + 1) {
		line++;
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		ks = p;
		while (ks < eol && (*ks == ' ' || *ks == '\t'))
			ks++;
		ve = eol;
		while (ve > ks && (ve[-1] == ' ' || ve[-1] == '\t' ||
		    ve[-1] == '\r'))
			ve--;
		if (ks == ve || *ks == '#')
			continue;
		if (memchr(ks, '\0', (size_t)(ve - ks)) != NULL) {
			snprintf(err, errlen, "%s:%d: NUL byte", name, line);
			return -1;
		}
		if ((eq = memchr(ks, '=', (size_t)(ve - ks))) == NULL) {
			snprintf(err, errlen, "%s:%d: expected key = value",
			    name, line);
			return -1;
		}
		ke = eq;
		while (ke > ks && (ke[-1] == ' ' || ke[-1] == '\t'))
			ke--;
		vs = eq + 1;
		while (vs < ve && (*vs == ' ' || *vs == '\t'))
			vs++;
		if ((k = cfg_find(ks, (size_t)(ke - ks))) == NULL) {
			snprintf(err, errlen, "%s:%d: unknown key \"%.*s\"",
			    name, line, (int)(ke - ks > 64 ? 64 : ke - ks), ks);
			return -1;
		}
		if (seen[k - cfg_keys]++) {
			snprintf(err, errlen, "%s:%d: duplicate key \"%s\"",
			    name, line, k->name);
			return -1;
		}
		value = xmalloc((size_t)(ve - vs) + 1);
		if (vs < ve && *vs == '"') {
			if (cfg_unquote(vs + 1, (size_t)(ve - vs - 1),
			    value) == -1) {
				free(value);
				snprintf(err, errlen, "%s:%d: bad quoted value "
				    "for \"%s\"", name, line, k->name);
				return -1;
			}
		} else {
			memcpy(value, vs, (size_t)(ve - vs));
			value[ve - vs] = '\0';
		}
		why = cfg_set(c, k, value);
		free(value);
		if (why != NULL) {
			snprintf(err, errlen, "%s:%d: \"%s\": %s", name, line,
			    k->name, why);
			return -1;
		}
	}
	return 0;
}

int
cfg_env(struct cfg *c, const char *(*getenv_fn)(const char *), char *err,
    size_t errlen)
{
	char		 var[64];
	const char	*v, *why;
	size_t		 i, j;

	for (i = 0; i < CFG_NKEYS; i++) {
		snprintf(var, sizeof(var), "VERDICT_%s", cfg_keys[i].name);
		for (j = 8; var[j] != '\0'; j++)
			var[j] = (char)toupper((unsigned char)var[j]);
		if ((v = getenv_fn(var)) == NULL)
			continue;
		if ((why = cfg_set(c, &cfg_keys[i], v)) != NULL) {
			snprintf(err, errlen, "environment %s: %s", var, why);
			return -1;
		}
	}
	return 0;
}

static const char *
cfg_getenv(const char *name)
{
	return getenv(name);
}

/* cfg_read: the whole file, capped; caller frees.  NULL with err set. */
static char *
cfg_read(const char *path, size_t *lenp, char *err, size_t errlen)
{
	struct stat	 st;
	char		*text = NULL;
	size_t		 len = 0;
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size > CFG_FILE_MAX) {
		snprintf(err, errlen, "%s: not a regular file under %d bytes",
		    path, CFG_FILE_MAX);
		goto fail;
	}
	text = xmalloc((size_t)st.st_size + 1);
	while (len < (size_t)st.st_size) {
		n = read(fd, text + len, (size_t)st.st_size - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			snprintf(err, errlen, "%s: read: %s", path,
			    n == 0 ? "short read" : strerror(errno));
			goto fail;
		}
		len += (size_t)n;
	}
	close(fd);
	text[len] = '\0';
	*lenp = len;
	return text;
fail:
	free(text);
	close(fd);
	return NULL;
}

int
cfg_load(struct cfg *c, const char *path, char *err, size_t errlen)
{
	char	*text;
	size_t	 len;
	int	 rc;

	cfg_defaults(c);
	if (path != NULL) {
		if ((text = cfg_read(path, &len, err, errlen)) == NULL) {
			cfg_free(c);
			return -1;
		}
		rc = cfg_parse(c, path, text, len, err, errlen);
		free(text);
		if (rc == -1) {
			cfg_free(c);
			return -1;
		}
	}
	if (cfg_env(c, cfg_getenv, err, errlen) == -1) {
		cfg_free(c);
		return -1;
	}
	return 0;
}

/* cfg.h: the `key = value` configuration file of verdict-web (and friends). */
#ifndef VERDICT_CFG_H
#define VERDICT_CFG_H

#include <stddef.h>

/*
 * Syntax, one setting per line:
 *
 *	# a comment (only at the start of a line, so '#' may be in values)
 *	key = value
 *	key = "a value with \"quotes\", \\ and trailing spaces  "
 *
 * Unknown keys, bad numbers and duplicate keys are errors naming the line.
 * After the file, every key can be overridden from the environment as
 * VERDICT_<KEY> (e.g. VERDICT_DB_PASSWORD), so secrets need not be in the
 * file and tests can change one value.  To add a key: a field here, a row
 * in cfg_keys[] in cfg.c, a default in cfg_defaults().
 *
 * Lifetime: process.  Strings are owned by the struct; cfg_free() releases
 * them.  A reload loads into a fresh struct and swaps on success.
 */
struct cfg {
	/* MariaDB: db_socket wins over db_host/db_port when set. */
	char	*db_socket;
	char	*db_host;
	int	 db_port;
	char	*db_user;
	char	*db_password;
	char	*db_name;
	int	 db_connect_timeout;	/* seconds */
	int	 db_timeout;		/* read/write timeout, seconds (5) */
	/* Redis: redis_socket wins over redis_host/redis_port when set. */
	char	*redis_socket;
	char	*redis_host;
	int	 redis_port;
	int	 redis_timeout_ms;	/* connect and command timeout */
	/* verdict-web */
	char	*fcgi_socket;
	int	 fcgi_backlog;
	int	 workers;		/* 0: 2 x online CPUs */
	int	 max_requests;		/* recycle a worker after this; 0: never */
	int	 drain_timeout;		/* seconds a stopping worker may take */
	char	*user;			/* workers drop to it when run as root */
	int	 body_max;		/* request body cap, bytes */
	int	 fields_max;		/* query/form field count cap */
	int	 cookie_secure;		/* add Secure to cookies (HTTPS sites) */
	char	*log_level;		/* debug, info, warn */
	char	*log_file;		/* empty: stderr */
	/* verdict-judge (keys written by scripts/stack into judge.conf) */
	char	*run_dir;
	char	*cache_dir;
	char	*languages;		/* path of the language table */
	int	 slot;			/* sandbox box slot */
};

/* cfg_defaults: fill c with the built-in defaults (owned strings). */
void	cfg_defaults(struct cfg *c);
/*
 * cfg_parse: apply the settings in text (len bytes) to c.  name is used in
 * error messages.  Returns 0, or -1 with a message in err (errlen bytes)
 * such as "web.conf:3: unknown key \"db_prot\"".
 */
int	cfg_parse(struct cfg *c, const char *name, const char *text,
	    size_t len, char *err, size_t errlen);
/*
 * cfg_env: apply VERDICT_<KEY> overrides found through getenv_fn (getenv
 * in programs, a table in tests).  Returns 0 or -1 with err filled.
 */
int	cfg_env(struct cfg *c, const char *(*getenv_fn)(const char *),
	    char *err, size_t errlen);
/*
 * cfg_load: defaults, then the file at path (NULL: none), then the
 * environment.  Returns 0, or -1 with err filled and c left freed.
 */
int	cfg_load(struct cfg *c, const char *path, char *err, size_t errlen);
/* cfg_free: release the strings; c can be loaded again. */
void	cfg_free(struct cfg *c);

#endif

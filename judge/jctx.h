/* jctx.h: what the database-backed judge commands share (import, daemon, useradd). */
#ifndef VERDICT_JCTX_H
#define VERDICT_JCTX_H

#include "cfg.h"
#include "lang.h"

struct db;
struct rq;

/*
 * One per process (process lifetime).  jctx_open loads the configuration
 * (-c FILE), connects to MariaDB (and Redis when want_rq), loads the
 * language table from the config's `languages` key and, when slot >= 0,
 * initialises the sandbox for that box slot.
 */
struct jctx {
	struct cfg		 cfg;
	struct db		*db;
	struct rq		*rq;		/* NULL unless asked for */
	struct lang_table	 langs;
	int			 have_langs;
	int			 have_sbx;
};

int	jctx_open(struct jctx *, const char *cfgpath, int want_rq, int slot,
	    int want_langs);
void	jctx_close(struct jctx *);
/* jctx_cache_dir: the cache directory (config cache_dir, created). */
const char *jctx_cache_dir(struct jctx *);

/* Subcommands implemented outside main.c. */
int	cmd_import(int, char **);
int	cmd_useradd(int, char **);
int	cmd_daemon(int, char **);

#endif

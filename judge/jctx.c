/* jctx.c: configuration, connections and sandbox set-up for judge commands. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "db.h"
#include "jctx.h"
#include "log.h"
#include "rq.h"
#include "sandbox.h"

int
jctx_open(struct jctx *j, const char *cfgpath, int want_rq, int slot,
    int want_langs)
{
	char	 err[512];

	memset(j, 0, sizeof(*j));
	if (cfg_load(&j->cfg, cfgpath, err, sizeof(err)) == -1) {
		fprintf(stderr, "verdict-judge: %s\n", err);
		return -1;
	}
	j->db = db_new(&j->cfg);
	if (db_connect(j->db) != DB_OK) {
		fprintf(stderr, "verdict-judge: cannot connect to MariaDB "
		    "(%s)\n", j->cfg.db_socket ? j->cfg.db_socket : "tcp");
		goto fail;
	}
	if (want_rq)
		j->rq = rq_new(&j->cfg);
	if (want_langs) {
		if (j->cfg.languages == NULL || *j->cfg.languages == '\0') {
			fprintf(stderr, "verdict-judge: no 'languages' key in "
			    "the configuration\n");
			goto fail;
		}
		if (lang_table_load(&j->langs, j->cfg.languages, err,
		    sizeof(err)) == -1) {
			fprintf(stderr, "verdict-judge: %s\n", err);
			goto fail;
		}
		j->have_langs = 1;
	}
	if (slot >= 0) {
		if (sbx_init((unsigned)slot) == -1) {
			fprintf(stderr, "verdict-judge: sandbox slot %d cannot "
			    "be set up (root and cgroups needed)\n", slot);
			goto fail;
		}
		j->have_sbx = 1;
	}
	return 0;
fail:
	jctx_close(j);
	return -1;
}

void
jctx_close(struct jctx *j)
{
	if (j->have_sbx)
		sbx_fini();
	if (j->have_langs)
		lang_table_free(&j->langs);
	if (j->rq)
		rq_free(j->rq);
	if (j->db)
		db_free(j->db);
	cfg_free(&j->cfg);
	memset(j, 0, sizeof(*j));
}

const char *
jctx_cache_dir(struct jctx *j)
{
	const char	*d = j->cfg.cache_dir;

	if (d == NULL || *d == '\0')
		d = "/var/cache/verdict";
	if (mkdir(d, 0700) == -1 && errno != EEXIST)
		log_warn("%s: mkdir \"%s\"", __func__, d);
	return d;
}

/* reveal.c: contest problems become visible when their contest starts. */
/*
 * An upcoming contest hides its problems (the web tier sets visible = 0
 * when it is created or moved to a later start).  This hook runs in the
 * judge daemon's loop, which wakes at least every 0.25 s, so problems show
 * within about a second of the start even when no one opens the contest
 * page (which reveals them too).  The UPDATE is a single indexed statement
 * (contests_reveal) that touches nothing when no contest is due.
 */
#include <time.h>

#include "db.h"
#include "log.h"
#include "reveal.h"

int
contest_reveal_due(struct db *db)
{
	static struct timespec	 last;
	struct timespec		 now;
	struct db_stmt		*st;
	long long		 n;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((now.tv_sec - last.tv_sec) * 1000 + (now.tv_nsec -
	    last.tv_nsec) / 1000000 < 1000)
		return 0;
	last = now;
	st = db_stmt(db, STMT_CONTESTS_REVEAL_DUE);
	if (db_exec(st) != DB_OK) {
		log_warnx("%s: contest problems not revealed", __func__);
		return -1;
	}
	if ((n = (long long)db_affected(st)) > 0)
		log_info("contests started: %lld rows revealed", n);
	return (int)n;
}

/* reveal.h: the judge's periodic hook that reveals contest problems. */
#ifndef VERDICT_REVEAL_H
#define VERDICT_REVEAL_H

struct db;

/*
 * contest_reveal_due: at most once a second, make the problems of every
 * contest whose start has passed visible (problems.visible = 1,
 * contests.revealed = 1; see sql/006_contest_reveal.sql).  The web tier
 * does the same on demand, so whichever comes first wins and the other is
 * a no-op.  Returns the number of contests and problems changed (0 when
 * nothing was due or it was not time yet), or -1 on a database error
 * (logged).
 */
int	contest_reveal_due(struct db *);

#endif

/* contest.c: contest scoring in the judge's verdict transaction. */
/*
 * A participant's standing is recomputed from all of their judged
 * submissions in the contest whenever one of them gets a verdict (a
 * rejudge included), so the row is always what the submissions say, never
 * an accumulation that could drift.  Two views are kept: "full" (every
 * submission of the window) and "public" (only those made before the
 * freeze).  Scoring (issue 7):
 *	default: problems solved, ties by the time of the last first-AC since
 *		 the start (less is better);
 *	icpc:	 solved, then penalty = sum over solved problems of the
 *		 minute of the first AC + 20 per earlier rejected try (CE and
 *		 IE are not tries).
 * The Redis score is one number: solved * CONTEST_SCALE - time (or
 * penalty), so ZREVRANGE orders the board and equal numbers share a rank.
 * Redis is written only after the commit (contest_publish) and holds, per
 * contest, the sorted sets contest:{id}:lb (public) and contest:{id}:lb:full
 * and the hashes contest:{id}:rows / contest:{id}:rows:full of row JSON.
 * When a contest ends, contest_finalize_due writes contest_results once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "contest.h"
#include "db.h"
#include "log.h"
#include "rq.h"
#include "xmalloc.h"

#define CONTEST_MAX_PROBLEMS	52
#define ICPC_PENALTY		20	/* minutes per rejected try */

struct cell {
	char		 label[4];
	long long	 problem_id;
	int		 tries;		/* rejected before the first AC */
	long long	 ac_s;		/* seconds from start; -1: unsolved */
};

struct view {
	struct cell	 cells[CONTEST_MAX_PROBLEMS];
	size_t		 n;
	int		 solved;
	long long	 time_s;
	long long	 penalty;
};

static int
counts_as_try(const char *v)
{
	return strcmp(v, "CE") != 0 && strcmp(v, "IE") != 0;
}

static void
view_add(struct view *w, long long problem_id, const char *verdict,
    long long secs)
{
	size_t	 i;

	for (i = 0; i < w->n; i++)
		if (w->cells[i].problem_id == problem_id)
			break;
	if (i == w->n || w->cells[i].ac_s >= 0)
		return;
	if (strcmp(verdict, "AC") == 0)
		w->cells[i].ac_s = secs;
	else if (counts_as_try(verdict))
		w->cells[i].tries++;
}

static void
view_total(struct view *w)
{
	size_t	 i;

	for (i = 0; i < w->n; i++) {
		if (w->cells[i].ac_s < 0)
			continue;
		w->solved++;
		if (w->cells[i].ac_s > w->time_s)
			w->time_s = w->cells[i].ac_s;
		w->penalty += w->cells[i].ac_s / 60 +
		    (long long)ICPC_PENALTY * w->cells[i].tries;
	}
}

static char *
view_cells_json(const struct view *w)
{
	struct json_object	*a, *o;
	char			*s;
	size_t			 i;

	a = json_object_new_array();
	for (i = 0; i < w->n; i++) {
		o = json_object_new_object();
		json_object_object_add(o, "label",
		    json_object_new_string(w->cells[i].label));
		json_object_object_add(o, "tries",
		    json_object_new_int(w->cells[i].tries));
		json_object_object_add(o, "ac_minute", w->cells[i].ac_s < 0 ?
		    NULL : json_object_new_int64(w->cells[i].ac_s / 60));
		json_object_array_add(a, o);
	}
	s = xstrdup(json_object_to_json_string_ext(a,
	    JSON_C_TO_STRING_PLAIN));
	json_object_put(a);
	return s;
}

double
contest_score(const char *scoring, int solved, long long time_s,
    long long penalty)
{
	long long	 tie = strcmp(scoring, "icpc") == 0 ? penalty : time_s;

	if (tie >= CONTEST_SCALE)
		tie = CONTEST_SCALE - 1;
	return (double)solved * (double)CONTEST_SCALE - (double)tie;
}

/* Load the contest's problem labels into both views. */
static int
load_labels(struct db *db, long long contest_id, struct view *full,
    struct view *pub)
{
	struct db_stmt	*st = db_stmt(db, STMT_CONTEST_PROBLEMS_LABELS);
	struct cell	*c;
	int		 rc;

	db_bind_int(st, 0, contest_id);
	while ((rc = db_next(st)) == DB_ROW && full->n < CONTEST_MAX_PROBLEMS) {
		c = &full->cells[full->n++];
		snprintf(c->label, sizeof(c->label), "%s", db_col_text(st, 0));
		c->problem_id = db_col_int(st, 1);
		c->tries = 0;
		c->ac_s = -1;
		pub->cells[pub->n++] = *c;
	}
	return rc == DB_DONE || rc == DB_ROW ? DB_OK : rc;
}

int
contest_rescore(struct db *db, long long contest_id, long long user_id,
    struct contest_row *out)
{
	struct view	 full, pub;
	struct db_stmt	*st;
	char		*cells = NULL, *pub_cells = NULL;
	int		 rc;

	memset(&full, 0, sizeof(full));
	memset(&pub, 0, sizeof(pub));
	memset(out, 0, sizeof(*out));
	if ((rc = load_labels(db, contest_id, &full, &pub)) != DB_OK)
		return rc;
	st = db_stmt(db, STMT_CONTEST_SUBMISSIONS_OF_USER);
	db_bind_int(st, 0, contest_id);
	db_bind_int(st, 1, user_id);
	while ((rc = db_next(st)) == DB_ROW) {
		snprintf(out->scoring, sizeof(out->scoring), "%s",
		    db_col_text(st, 3));
		view_add(&full, db_col_int(st, 0), db_col_text(st, 1),
		    db_col_int(st, 2));
		if (db_col_int(st, 4))
			view_add(&pub, db_col_int(st, 0), db_col_text(st, 1),
			    db_col_int(st, 2));
	}
	if (rc != DB_DONE)
		return rc;
	if (out->scoring[0] == '\0')
		return DB_NOTFOUND;	/* no judged submission in the window */
	view_total(&full);
	view_total(&pub);
	cells = view_cells_json(&full);
	pub_cells = view_cells_json(&pub);
	st = db_stmt(db, STMT_CONTEST_SCORES_UPSERT);
	db_bind_int(st, 0, contest_id);
	db_bind_int(st, 1, user_id);
	db_bind_int(st, 2, full.solved);
	db_bind_int(st, 3, full.time_s);
	db_bind_int(st, 4, full.penalty);
	db_bind_text(st, 5, cells);
	db_bind_int(st, 6, pub.solved);
	db_bind_int(st, 7, pub.time_s);
	db_bind_int(st, 8, pub.penalty);
	db_bind_text(st, 9, pub_cells);
	rc = db_exec(st);
	out->contest_id = contest_id;
	out->user_id = user_id;
	out->solved = full.solved;
	out->time_s = full.time_s;
	out->penalty = full.penalty;
	out->cells = cells;
	out->pub_solved = pub.solved;
	out->pub_time_s = pub.time_s;
	out->pub_penalty = pub.penalty;
	out->pub_cells = pub_cells;
	return rc;
}

void
contest_row_free(struct contest_row *r)
{
	free(r->cells);
	free(r->pub_cells);
	r->cells = r->pub_cells = NULL;
}

/* row_json: the JSON the web tier serves for one leaderboard row. */
static char *
row_json(const char *user, int solved, long long time_s, long long penalty,
    const char *cells)
{
	struct json_object	*o;
	char			*s;

	o = json_object_new_object();
	json_object_object_add(o, "user", json_object_new_string(user));
	json_object_object_add(o, "solved", json_object_new_int(solved));
	json_object_object_add(o, "time", json_object_new_int64(time_s));
	json_object_object_add(o, "penalty", json_object_new_int64(penalty));
	json_object_object_add(o, "problems", json_tokener_parse(cells));
	s = xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return s;
}

static void
publish_view(struct rq *rq, const char *suffix, long long contest_id,
    const char *member, double score, const char *json)
{
	redisReply	*r;
	char		 key[96], hkey[96], sc[64];

	snprintf(key, sizeof(key), "contest:%lld:lb%s", contest_id, suffix);
	snprintf(hkey, sizeof(hkey), "contest:%lld:rows%s", contest_id,
	    suffix);
	snprintf(sc, sizeof(sc), "%.0f", score);
	if ((r = rq_cmd(rq, "HSET", hkey, member, json, NULL)) != NULL)
		freeReplyObject(r);
	if ((r = rq_cmd(rq, "ZADD", key, sc, member, NULL)) != NULL)
		freeReplyObject(r);
}

void
contest_publish(struct rq *rq, const struct contest_row *row,
    const char *username)
{
	char	 member[32], *j;

	if (rq == NULL)
		return;
	snprintf(member, sizeof(member), "%lld", row->user_id);
	j = row_json(username, row->pub_solved, row->pub_time_s,
	    row->pub_penalty, row->pub_cells);
	publish_view(rq, "", row->contest_id, member, contest_score(
	    row->scoring, row->pub_solved, row->pub_time_s, row->pub_penalty),
	    j);
	free(j);
	j = row_json(username, row->solved, row->time_s, row->penalty,
	    row->cells);
	publish_view(rq, ":full", row->contest_id, member, contest_score(
	    row->scoring, row->solved, row->time_s, row->penalty), j);
	free(j);
}

/*
 * finalize_txn: rank every participant with a score (full view) and write
 * contest_results; ties share a rank.  Runs under the contest row lock,
 * so two judges never finalize one contest twice.
 */
static int
finalize_txn(struct db *db, void *arg)
{
	long long	*idp = arg, contest_id, prev_solved = -1, prev_tie = -1;
	long long	 n = 0, rank = 0, solved, tie;
	struct db_stmt	*st, *ins;
	char		 scoring[16];
	int		 rc;

	st = db_stmt(db, STMT_CONTESTS_DUE_FOR_FINAL);
	if ((rc = db_row(st)) == DB_NOTFOUND) {
		*idp = 0;
		return DB_OK;
	}
	if (rc != DB_OK)
		return rc;
	contest_id = *idp = db_col_int(st, 0);
	snprintf(scoring, sizeof(scoring), "%s", db_col_text(st, 1));
	st = db_stmt(db, strcmp(scoring, "icpc") == 0 ?
	    STMT_CONTEST_SCORES_RANKED_ICPC : STMT_CONTEST_SCORES_RANKED);
	db_bind_int(st, 0, contest_id);
	while ((rc = db_next(st)) == DB_ROW) {
		n++;
		solved = db_col_int(st, 1);
		tie = strcmp(scoring, "icpc") == 0 ? db_col_int(st, 3) :
		    db_col_int(st, 2);
		if (solved != prev_solved || tie != prev_tie)
			rank = n;
		prev_solved = solved;
		prev_tie = tie;
		ins = db_stmt(db, STMT_CONTEST_RESULTS_INSERT);
		db_bind_int(ins, 0, contest_id);
		db_bind_int(ins, 1, db_col_int(st, 0));
		db_bind_int(ins, 2, rank);
		db_bind_int(ins, 3, solved);
		db_bind_int(ins, 4, db_col_int(st, 2));
		db_bind_int(ins, 5, db_col_int(st, 3));
		db_bind_text(ins, 6, db_col_text(st, 4));
		if ((rc = db_exec(ins)) != DB_OK)
			return rc;
	}
	if (rc != DB_DONE)
		return rc;
	st = db_stmt(db, STMT_CONTESTS_SET_FINALIZED);
	db_bind_int(st, 0, contest_id);
	return db_exec(st);
}

int
contest_finalize_due(struct db *db)
{
	long long	 id = 0;
	int		 rc;

	if ((rc = db_txn(db, finalize_txn, &id)) != DB_OK) {
		log_warnx("%s: finalizing failed (%s)", __func__,
		    db_rc_names[rc]);
		return -1;
	}
	if (id != 0)
		log_info("contest %lld: final standings written", id);
	return id != 0;
}

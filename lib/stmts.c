/* stmts.c: ALL SQL text of Verdict, one entry per enum stmt (stmts.h). */
#include <stddef.h>

#include "stmts.h"

#define S(id, sql)	[id] = { #id, sql }

const struct stmt_def stmts[STMT__MAX] = {
	/* connection set-up (run as the init command) and health */
	S(STMT_SESSION_INIT, "SET time_zone = '+00:00'"),
	S(STMT_PING, "SELECT 1"),

	/* transactions */
	S(STMT_TXN_BEGIN, "START TRANSACTION"),
	S(STMT_TXN_COMMIT, "COMMIT"),
	S(STMT_TXN_ROLLBACK, "ROLLBACK"),

	/* users */
	S(STMT_USERS_INSERT,
	    "INSERT INTO users (username, password_hash, role) VALUES "
	    "(?, ?, ?)"),
	S(STMT_USERS_SET_PASSWORD_BY_NAME,
	    "UPDATE users SET password_hash = ?, role = ? WHERE "
	    "username = ?"),

	/* problems (import) */
	S(STMT_PROBLEMS_BY_SLUG,
	    "SELECT id, current_version_id FROM problems WHERE slug = "
	    "?"),
	S(STMT_PROBLEMS_INSERT,
	    "INSERT INTO problems (slug, title, difficulty, kind) "
	    "VALUES (?, ?, ?, ?)"),
	S(STMT_PROBLEMS_SET_CURRENT,
	    "UPDATE problems SET title = ?, difficulty = ?, kind = ?, "
	    "current_version_id = ? WHERE id = ?"),
	S(STMT_PROBLEMS_ADD_COUNTS,
	    "UPDATE problems SET submission_count = submission_count "
	    "+ ?, accepted_count = accepted_count + ? WHERE id = ?"),
	S(STMT_PROBLEM_VERSIONS_BY_HASH,
	    "SELECT id FROM problem_versions WHERE problem_id = ? AND "
	    "content_hash = ?"),
	S(STMT_PROBLEM_VERSIONS_INSERT,
	    "INSERT INTO problem_versions (problem_id, content_hash, "
	    "statement_md, statement_html, time_limit_ms, memory_kb, "
	    "output_kb, validation, validator_flags, signature, "
	    "stubs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
	S(STMT_PROBLEM_VERSIONS_FOR_JUDGE,
	    "SELECT v.problem_id, p.slug, v.statement_md FROM "
	    "problem_versions v JOIN problems p ON p.id = "
	    "v.problem_id WHERE v.id = ?"),
	S(STMT_PROBLEM_TAGS_DELETE_BY_PROBLEM,
	    "DELETE FROM problem_tags WHERE problem_id = ?"),
	S(STMT_PROBLEM_TAGS_INSERT,
	    "INSERT INTO problem_tags (problem_id, tag) VALUES (?, ?)"),
	S(STMT_TESTCASES_INSERT,
	    "INSERT INTO testcases (version_id, ordinal, name, "
	    "is_sample, input, expected) VALUES (?, ?, ?, ?, ?, ?)"),
	S(STMT_TESTCASES_BY_VERSION,
	    "SELECT ordinal, name, is_sample, input, expected FROM "
	    "testcases WHERE version_id = ? ORDER BY ordinal"),
	S(STMT_PACKAGE_FILES_INSERT,
	    "INSERT INTO package_files (version_id, path, content) "
	    "VALUES (?, ?, ?)"),
	S(STMT_PACKAGE_FILES_BY_VERSION,
	    "SELECT path, content FROM package_files WHERE version_id "
	    "= ? ORDER BY path"),

	/* submissions and jobs (judge) */
	S(STMT_JOBS_CLAIM_EXPIRED,
	    "SELECT id, kind, ref_id, attempts FROM jobs WHERE state "
	    "= 'leased' AND lease_until < NOW(3) ORDER BY priority, "
	    "id LIMIT 1 FOR UPDATE SKIP LOCKED"),
	S(STMT_JOBS_CLAIM_QUEUED,
	    "SELECT id, kind, ref_id, attempts FROM jobs WHERE state "
	    "= 'queued' AND available_at <= NOW(3) ORDER BY priority, "
	    "available_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"),
	S(STMT_JOBS_LEASE,
	    "UPDATE jobs SET state = 'leased', lease_owner = ?, "
	    "lease_token = lease_token + 1, lease_until = NOW(3) + "
	    "INTERVAL ? SECOND, attempts = attempts + 1 WHERE id = ?"),
	S(STMT_JOBS_TOKEN_BY_ID,
	    "SELECT lease_token FROM jobs WHERE id = ?"),
	S(STMT_JOBS_FENCE_BY_ID,
	    "SELECT lease_token FROM jobs WHERE id = ? FOR UPDATE"),
	S(STMT_JOBS_HEARTBEAT,
	    "UPDATE jobs SET lease_until = NOW(3) + INTERVAL ? SECOND "
	    "WHERE id = ? AND lease_token = ? AND state = 'leased'"),
	S(STMT_JOBS_BACKOFF,
	    "UPDATE jobs SET state = 'queued', lease_owner = NULL, "
	    "lease_until = NULL, available_at = NOW(3) + INTERVAL ? "
	    "SECOND WHERE id = ? AND lease_token = ?"),
	S(STMT_JOBS_DELETE,
	    "DELETE FROM jobs WHERE id = ?"),
	S(STMT_SUBMISSIONS_SET_JUDGING,
	    "UPDATE submissions SET status = 'judging' WHERE id = ?"),
	S(STMT_SUBMISSIONS_FOR_JUDGE,
	    "SELECT id, user_id, problem_id, version_id, contest_id, "
	    "language, source, verdict FROM submissions WHERE id = ?"),
	S(STMT_SUBMISSIONS_FINISH,
	    "UPDATE submissions SET status = 'done', verdict = ?, "
	    "time_ms = ?, memory_kb = ?, passed = ?, total = ?, "
	    "compile_output = ?, judge_message = ?, judged_at = "
	    "NOW(3) WHERE id = ?"),
	S(STMT_SUBMISSION_TESTS_DELETE,
	    "DELETE FROM submission_tests WHERE submission_id = ?"),
	S(STMT_SUBMISSION_TESTS_INSERT,
	    "INSERT INTO submission_tests (submission_id, ordinal, "
	    "name, is_sample, verdict, time_ms, memory_kb, output) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
	S(STMT_RUNS_SET_JUDGING,
	    "UPDATE runs SET status = 'judging' WHERE id = ?"),
	S(STMT_RUNS_FOR_JUDGE,
	    "SELECT id, version_id, language, source, input FROM runs "
	    "WHERE id = ?"),
	S(STMT_RUNS_FINISH,
	    "UPDATE runs SET status = 'done', result = ? WHERE id = ?"),
	S(STMT_JUDGES_UPSERT,
	    "INSERT INTO judges (name, languages, last_seen) VALUES "
	    "(?, ?, NOW(3)) ON DUPLICATE KEY UPDATE languages = "
	    "VALUES(languages), last_seen = NOW(3)"),

	/* contests (judge scoring) */
	S(STMT_CONTEST_PROBLEMS_LABELS,
	    "SELECT label, problem_id FROM contest_problems WHERE "
	    "contest_id = ? ORDER BY ordinal"),
	S(STMT_CONTEST_SUBMISSIONS_OF_USER,
	    "SELECT s.problem_id, s.verdict, TIMESTAMPDIFF(SECOND, "
	    "c.starts_at, s.created_at), c.scoring, s.created_at < "
	    "c.starts_at + INTERVAL (c.duration_minutes - "
	    "c.freeze_minutes) MINUTE FROM submissions s JOIN "
	    "contests c ON c.id = s.contest_id WHERE s.contest_id = ? "
	    "AND s.user_id = ? AND s.status = 'done' AND s.created_at "
	    ">= c.starts_at AND s.created_at < c.starts_at + INTERVAL "
	    "c.duration_minutes MINUTE ORDER BY s.id"),
	S(STMT_CONTEST_SCORES_UPSERT,
	    "INSERT INTO contest_scores (contest_id, user_id, solved, "
	    "time_s, penalty, cells, pub_solved, pub_time_s, "
	    "pub_penalty, pub_cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?) ON DUPLICATE KEY UPDATE solved = VALUES(solved), "
	    "time_s = VALUES(time_s), penalty = VALUES(penalty), "
	    "cells = VALUES(cells), pub_solved = VALUES(pub_solved), "
	    "pub_time_s = VALUES(pub_time_s), pub_penalty = "
	    "VALUES(pub_penalty), pub_cells = VALUES(pub_cells), "
	    "updated_at = NOW(3)"),
	S(STMT_CONTESTS_DUE_FOR_FINAL,
	    "SELECT id, scoring FROM contests WHERE finalized = 0 AND "
	    "starts_at + INTERVAL duration_minutes MINUTE <= NOW(3) "
	    "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"),
	S(STMT_CONTEST_SCORES_RANKED,
	    "SELECT user_id, solved, time_s, penalty, cells FROM "
	    "contest_scores WHERE contest_id = ? ORDER BY solved "
	    "DESC, time_s, user_id"),
	S(STMT_CONTEST_SCORES_RANKED_ICPC,
	    "SELECT user_id, solved, time_s, penalty, cells FROM "
	    "contest_scores WHERE contest_id = ? ORDER BY solved "
	    "DESC, penalty, user_id"),
	S(STMT_CONTEST_RESULTS_INSERT,
	    "INSERT INTO contest_results (contest_id, user_id, "
	    "rank_no, solved, time_s, penalty, cells) VALUES (?, ?, "
	    "?, ?, ?, ?, ?)"),
	S(STMT_CONTESTS_SET_FINALIZED,
	    "UPDATE contests SET finalized = 1 WHERE id = ?"),
	S(STMT_USERS_NAME_BY_ID,
	    "SELECT username FROM users WHERE id = ?"),
	/*
	 * sessions, log-in throttling and accounts (web auth).  A session
	 * is found by the SHA-256 of its token; expired rows are ignored
	 * and swept a few at a time.
	 */
	S(STMT_SESSIONS_BY_TOKEN,
	    "SELECT s.user_id, u.username, u.role, s.csrf_token FROM "
	    "sessions s JOIN users u ON u.id = s.user_id WHERE "
	    "s.token_hash = ? AND s.expires_at > NOW(3)"),
	S(STMT_SESSIONS_INSERT,
	    "INSERT INTO sessions (token_hash, user_id, csrf_token, "
	    "expires_at) VALUES (?, ?, ?, NOW(3) + INTERVAL ? SECOND)"),
	S(STMT_SESSIONS_DELETE_BY_TOKEN,
	    "DELETE FROM sessions WHERE token_hash = ?"),
	S(STMT_SESSIONS_DELETE_EXPIRED,
	    "DELETE FROM sessions WHERE expires_at < NOW(3) LIMIT 100"),
	S(STMT_USERS_AUTH_BY_NAME,
	    "SELECT id, username, password_hash, role FROM users WHERE "
	    "username = ?"),
	S(STMT_USERS_ID_BY_NAME,
	    "SELECT id, username FROM users WHERE username = ?"),
	S(STMT_USERS_LOCK_BY_ID,
	    "SELECT id FROM users WHERE id = ? FOR UPDATE"),
	/* failures in the current window and its seconds left */
	S(STMT_LOGIN_FAILURES_BY_KEY,
	    "SELECT failures, TIMESTAMPDIFF(SECOND, NOW(3), "
	    "window_start + INTERVAL ? SECOND) FROM login_failures "
	    "WHERE throttle_key = ? AND window_start > NOW(3) - "
	    "INTERVAL ? SECOND"),
	/* failures first: it must see the old window_start */
	S(STMT_LOGIN_FAILURES_ADD,
	    "INSERT INTO login_failures (throttle_key, failures, "
	    "window_start) VALUES (?, 1, NOW(3)) ON DUPLICATE KEY "
	    "UPDATE failures = IF(window_start > NOW(3) - INTERVAL ? "
	    "SECOND, failures + 1, 1), window_start = IF(window_start "
	    "> NOW(3) - INTERVAL ? SECOND, window_start, NOW(3))"),
	S(STMT_LOGIN_FAILURES_DELETE,
	    "DELETE FROM login_failures WHERE throttle_key = ?"),
	S(STMT_LOGIN_FAILURES_DELETE_OLD,
	    "DELETE FROM login_failures WHERE window_start < NOW(3) - "
	    "INTERVAL 1 DAY LIMIT 100"),

	/*
	 * submissions, runs and rejudging (web).  Times leave as ISO 8601
	 * UTC text (the connection's time zone is +00:00).
	 */
	S(STMT_PROBLEMS_FOR_SUBMIT,
	    "SELECT id, current_version_id, visible, title, slug FROM "
	    "problems WHERE slug = ?"),
	/* running, problem in it, user registered */
	S(STMT_CONTESTS_FOR_SUBMIT,
	    "SELECT c.id, NOW(3) >= c.starts_at AND NOW(3) < "
	    "c.starts_at + INTERVAL c.duration_minutes MINUTE, "
	    "cp.problem_id IS NOT NULL, pa.user_id IS NOT NULL FROM "
	    "contests c LEFT JOIN contest_problems cp ON cp.contest_id "
	    "= c.id AND cp.problem_id = ? LEFT JOIN "
	    "contest_participants pa ON pa.contest_id = c.id AND "
	    "pa.user_id = ? WHERE c.slug = ?"),
	S(STMT_JUDGES_LANGUAGES,
	    "SELECT languages, last_seen > NOW(3) - INTERVAL ? SECOND "
	    "FROM judges"),
	/* age in ms of the user's n-th newest submission (OFFSET n - 1) */
	S(STMT_SUBMISSIONS_AGE_NTH_BY_USER,
	    "SELECT TIMESTAMPDIFF(MICROSECOND, created_at, NOW(3)) DIV "
	    "1000 FROM submissions WHERE user_id = ? ORDER BY id DESC "
	    "LIMIT 1 OFFSET ?"),
	/* bounded: only the newest rows can still be pending */
	S(STMT_SUBMISSIONS_PENDING_BY_USER,
	    "SELECT COUNT(*) FROM (SELECT status FROM submissions WHERE "
	    "user_id = ? ORDER BY id DESC LIMIT 100) t WHERE status <> "
	    "'done'"),
	S(STMT_SUBMISSIONS_INSERT,
	    "INSERT INTO submissions (user_id, problem_id, version_id, "
	    "contest_id, language, source) VALUES (?, ?, ?, ?, ?, ?)"),
	S(STMT_SUBMISSIONS_BY_ID,
	    "SELECT s.id, s.user_id, u.username, p.slug, p.title, "
	    "s.language, s.status, s.verdict, s.time_ms, s.memory_kb, "
	    "s.passed, s.total, s.compile_output, s.judge_message, "
	    "DATE_FORMAT(s.created_at, '%Y-%m-%dT%H:%i:%sZ'), "
	    "DATE_FORMAT(s.judged_at, '%Y-%m-%dT%H:%i:%s.%fZ'), "
	    "p.visible, j.id, j.priority, j.state, LENGTH(s.source) "
	    "FROM submissions s JOIN users u ON u.id = s.user_id JOIN "
	    "problems p ON p.id = s.problem_id LEFT JOIN jobs j ON "
	    "j.kind = 'submission' AND j.ref_id = s.id WHERE s.id = ?"),
	S(STMT_SUBMISSIONS_SOURCE_BY_ID,
	    "SELECT source FROM submissions WHERE id = ?"),
	/*
	 * One shape for every filter: 0 or NULL means "any".  Keyset pages
	 * by id, newest first; _AFTER walks back towards the newest.
	 */
	S(STMT_SUBMISSIONS_LIST,
	    "SELECT s.id, s.user_id, u.username, p.slug, p.title, "
	    "s.language, s.status, s.verdict, s.time_ms, s.memory_kb, "
	    "s.passed, s.total, DATE_FORMAT(s.created_at, "
	    "'%Y-%m-%dT%H:%i:%sZ') FROM submissions s JOIN users u ON "
	    "u.id = s.user_id JOIN problems p ON p.id = s.problem_id "
	    "WHERE s.id < ? AND (? = 0 OR s.user_id = ?) AND (? = 0 OR "
	    "s.problem_id = ?) AND (? IS NULL OR (s.verdict = ? AND "
	    "s.status = 'done')) AND (? IS NULL OR s.language = ?) AND "
	    "(p.visible = 1 OR ? = 1 OR s.user_id = ?) ORDER BY s.id "
	    "DESC LIMIT ?"),
	S(STMT_SUBMISSIONS_LIST_AFTER,
	    "SELECT s.id, s.user_id, u.username, p.slug, p.title, "
	    "s.language, s.status, s.verdict, s.time_ms, s.memory_kb, "
	    "s.passed, s.total, DATE_FORMAT(s.created_at, "
	    "'%Y-%m-%dT%H:%i:%sZ') FROM submissions s JOIN users u ON "
	    "u.id = s.user_id JOIN problems p ON p.id = s.problem_id "
	    "WHERE s.id > ? AND (? = 0 OR s.user_id = ?) AND (? = 0 OR "
	    "s.problem_id = ?) AND (? IS NULL OR (s.verdict = ? AND "
	    "s.status = 'done')) AND (? IS NULL OR s.language = ?) AND "
	    "(p.visible = 1 OR ? = 1 OR s.user_id = ?) ORDER BY s.id "
	    "ASC LIMIT ?"),
	/*
	 * Rejudge: the verdict stays (the judge adjusts the problem's
	 * counters from it) and the current version of the problem is used.
	 */
	S(STMT_SUBMISSIONS_REQUEUE_BY_ID,
	    "UPDATE submissions s JOIN problems p ON p.id = s.problem_id "
	    "SET s.status = 'queued', s.version_id = "
	    "COALESCE(p.current_version_id, s.version_id) WHERE s.id = ?"),
	S(STMT_SUBMISSIONS_REQUEUE_BY_PROBLEM,
	    "UPDATE submissions s JOIN problems p ON p.id = s.problem_id "
	    "SET s.status = 'queued', s.version_id = "
	    "COALESCE(p.current_version_id, s.version_id) WHERE "
	    "s.problem_id = ?"),
	S(STMT_SUBMISSIONS_COUNT_BY_PROBLEM,
	    "SELECT COUNT(*) FROM submissions WHERE problem_id = ?"),
	S(STMT_SUBMISSION_TESTS_BY_SUBMISSION,
	    "SELECT st.ordinal, st.name, st.is_sample, st.verdict, "
	    "st.time_ms, st.memory_kb, st.output, LEFT(t.input, ?), "
	    "LENGTH(t.input), LEFT(t.expected, ?), LENGTH(t.expected) "
	    "FROM submission_tests st JOIN submissions s ON s.id = "
	    "st.submission_id LEFT JOIN testcases t ON st.is_sample = 1 "
	    "AND t.version_id = s.version_id AND t.ordinal = st.ordinal "
	    "WHERE st.submission_id = ? ORDER BY st.ordinal"),
	S(STMT_TESTCASES_SAMPLES_BY_VERSION,
	    "SELECT ordinal, name, LEFT(input, ?), LENGTH(input), "
	    "LEFT(expected, ?), LENGTH(expected) FROM testcases WHERE "
	    "version_id = ? AND is_sample = 1 ORDER BY ordinal"),
	S(STMT_JOBS_INSERT,
	    "INSERT INTO jobs (kind, ref_id, language, priority) VALUES "
	    "(?, ?, ?, ?)"),
	/* the claim order is (priority, available_at, id) */
	S(STMT_JOBS_AHEAD,
	    "SELECT COUNT(*) FROM jobs WHERE state = 'queued' AND "
	    "(priority < ? OR (priority = ? AND id < ?))"),
	/*
	 * A job that exists already (queued, or leased by a judge still on
	 * the old version) is reset; the new token fences that judge out.
	 */
	S(STMT_JOBS_REQUEUE_SUBMISSION,
	    "INSERT INTO jobs (kind, ref_id, language, priority) SELECT "
	    "'submission', s.id, s.language, ? FROM submissions s WHERE "
	    "s.id = ? ON DUPLICATE KEY UPDATE jobs.state = 'queued', "
	    "jobs.lease_owner = NULL, jobs.lease_until = NULL, "
	    "jobs.lease_token = jobs.lease_token + 1, jobs.attempts = 0, "
	    "jobs.available_at = NOW(3)"),
	S(STMT_JOBS_REQUEUE_PROBLEM,
	    "INSERT INTO jobs (kind, ref_id, language, priority) SELECT "
	    "'submission', s.id, s.language, ? FROM submissions s WHERE "
	    "s.problem_id = ? ON DUPLICATE KEY UPDATE jobs.state = "
	    "'queued', jobs.lease_owner = NULL, jobs.lease_until = NULL, "
	    "jobs.lease_token = jobs.lease_token + 1, jobs.attempts = 0, "
	    "jobs.available_at = NOW(3)"),
	S(STMT_RUNS_AGE_NTH_BY_USER,
	    "SELECT TIMESTAMPDIFF(MICROSECOND, created_at, NOW(3)) DIV "
	    "1000 FROM runs WHERE user_id = ? ORDER BY id DESC LIMIT 1 "
	    "OFFSET ?"),
	S(STMT_RUNS_PENDING_BY_USER,
	    "SELECT COUNT(*) FROM (SELECT status FROM runs WHERE user_id "
	    "= ? ORDER BY id DESC LIMIT 100) t WHERE status <> 'done'"),
	S(STMT_RUNS_INSERT,
	    "INSERT INTO runs (user_id, problem_id, version_id, "
	    "language, source, input) VALUES (?, ?, ?, ?, ?, ?)"),
	S(STMT_RUNS_BY_ID,
	    "SELECT r.id, r.user_id, p.slug, r.language, r.status, "
	    "r.result, r.input, r.version_id, j.id, j.priority, "
	    "j.state FROM runs r JOIN problems p ON p.id = r.problem_id "
	    "LEFT JOIN jobs j ON j.kind = 'run' AND j.ref_id = r.id "
	    "WHERE r.id = ?"),

	/*
	 * problem catalogue and problem pages (web).  Each worker loads the
	 * whole visible catalogue (fcgi/catalog.c) every few seconds; a
	 * version's statement, limits and stubs never change once stored.
	 */
	S(STMT_PROBLEMS_CATALOG,
	    "SELECT id, slug, title, difficulty, kind, "
	    "current_version_id, submission_count, accepted_count FROM "
	    "problems WHERE visible = 1 AND current_version_id IS NOT "
	    "NULL ORDER BY id"),
	S(STMT_PROBLEM_TAGS_CATALOG,
	    "SELECT problem_id, tag FROM problem_tags ORDER BY "
	    "problem_id, tag"),
	/*
	 * The catalogue's fingerprint, computed by the server: count and
	 * checksum of the problems, of their counters, of the tags.
	 */
	S(STMT_PROBLEMS_CATALOG_SUM,
	    "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', id, slug, "
	    "title, difficulty, kind, current_version_id))), 0), "
	    "COALESCE(SUM(CRC32(CONCAT_WS('|', id, submission_count, "
	    "accepted_count))), 0), (SELECT COUNT(*) FROM problem_tags), "
	    "(SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', problem_id, tag))), "
	    "0) FROM problem_tags) FROM problems WHERE visible = 1 AND "
	    "current_version_id IS NOT NULL"),
	S(STMT_PROBLEMS_CATALOG_COUNTS,
	    "SELECT id, submission_count, accepted_count FROM problems "
	    "WHERE visible = 1 AND current_version_id IS NOT NULL ORDER BY "
	    "id"),
	S(STMT_PROBLEMS_VISIBLE_BY_SLUG,
	    "SELECT id FROM problems WHERE slug = ? AND visible = 1 AND "
	    "current_version_id IS NOT NULL"),
	S(STMT_PROBLEM_VERSIONS_PAGE_BY_ID,
	    "SELECT statement_html, time_limit_ms, memory_kb, output_kb, "
	    "stubs FROM problem_versions WHERE id = ?"),
	/* solved problems of a user among ids lo..hi (index user, problem) */
	S(STMT_SUBMISSIONS_SOLVED_BY_USER,
	    "SELECT DISTINCT problem_id FROM submissions WHERE user_id = ? "
	    "AND problem_id BETWEEN ? AND ? AND verdict = 'AC'"),

	/*
	 * contests, registration, leaderboards and submit rules (web).
	 * Times leave as epoch milliseconds with the server's NOW(3) beside
	 * them, so pages compute phases on the database's clock.
	 */
	S(STMT_CONTESTS_WEB_BY_SLUG,
	    "SELECT id, slug, title, description, "
	    "CAST(UNIX_TIMESTAMP(starts_at) * 1000 AS SIGNED), "
	    "duration_minutes, scoring, freeze_minutes, unfrozen, "
	    "finalized, revealed, CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS "
	    "SIGNED) FROM contests WHERE slug = ?"),
	S(STMT_CONTESTS_LIST,
	    "SELECT slug, title, CAST(UNIX_TIMESTAMP(starts_at) * 1000 AS "
	    "SIGNED), duration_minutes, scoring, freeze_minutes, "
	    "finalized, CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) "
	    "FROM contests ORDER BY starts_at DESC, id DESC LIMIT ?"),
	/* an edit: the current values, started and ended on NOW(3) */
	S(STMT_CONTESTS_LOCK_BY_SLUG,
	    "SELECT id, title, description, CAST(UNIX_TIMESTAMP("
	    "starts_at) * 1000 AS SIGNED), duration_minutes, scoring, "
	    "freeze_minutes, starts_at <= NOW(3), starts_at + INTERVAL "
	    "duration_minutes MINUTE <= NOW(3), CAST(UNIX_TIMESTAMP("
	    "NOW(3)) * 1000 AS SIGNED) FROM contests WHERE slug = ? FOR "
	    "UPDATE"),
	/* revealed = 0: the reveal hook decides once starts_at passes */
	S(STMT_CONTESTS_INSERT,
	    "INSERT INTO contests (slug, title, description, starts_at, "
	    "duration_minutes, scoring, freeze_minutes, revealed, "
	    "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
	S(STMT_CONTESTS_UPDATE,
	    "UPDATE contests SET title = ?, description = ?, starts_at = "
	    "?, duration_minutes = ?, scoring = ?, freeze_minutes = ?, "
	    "revealed = IF(starts_at > NOW(3), 0, revealed) WHERE id = ?"),
	S(STMT_CONTESTS_SET_UNFROZEN,
	    "UPDATE contests SET unfrozen = 1 WHERE id = ?"),
	S(STMT_CONTESTS_REOPEN,
	    "UPDATE contests SET finalized = 0 WHERE id = ?"),
	/* the judge's periodic hook and the web tier on demand */
	S(STMT_CONTESTS_REVEAL_DUE,
	    "UPDATE contests c LEFT JOIN contest_problems cp ON "
	    "cp.contest_id = c.id LEFT JOIN problems p ON p.id = "
	    "cp.problem_id SET c.revealed = 1, p.visible = 1 WHERE "
	    "c.revealed = 0 AND c.starts_at <= NOW(3)"),
	/* started, not ended, problem in it, user registered */
	S(STMT_CONTESTS_SUBMIT_RULES,
	    "SELECT c.id, NOW(3) >= c.starts_at, NOW(3) < c.starts_at + "
	    "INTERVAL c.duration_minutes MINUTE, cp.problem_id IS NOT "
	    "NULL, pa.user_id IS NOT NULL FROM contests c LEFT JOIN "
	    "contest_problems cp ON cp.contest_id = c.id AND "
	    "cp.problem_id = ? LEFT JOIN contest_participants pa ON "
	    "pa.contest_id = c.id AND pa.user_id = ? WHERE c.slug = ?"),
	S(STMT_CONTESTS_DB_NOW,
	    "SELECT DATE_FORMAT(NOW(3) - INTERVAL ? SECOND, "
	    "'%Y-%m-%d %H:%i:%s.%f')"),
	S(STMT_CONTEST_PROBLEMS_WEB_BY_CONTEST,
	    "SELECT cp.label, cp.problem_id, p.slug, p.title FROM "
	    "contest_problems cp JOIN problems p ON p.id = cp.problem_id "
	    "WHERE cp.contest_id = ? ORDER BY cp.ordinal"),
	S(STMT_CONTEST_PROBLEMS_DELETE_BY_CONTEST,
	    "DELETE FROM contest_problems WHERE contest_id = ?"),
	S(STMT_CONTEST_PROBLEMS_INSERT,
	    "INSERT INTO contest_problems (contest_id, label, ordinal, "
	    "problem_id) VALUES (?, ?, ?, ?)"),
	S(STMT_PROBLEMS_HIDE_BY_CONTEST,
	    "UPDATE problems p JOIN contest_problems cp ON cp.problem_id "
	    "= p.id JOIN contests c ON c.id = cp.contest_id SET "
	    "p.visible = 0 WHERE cp.contest_id = ? AND c.starts_at > "
	    "NOW(3)"),
	/* a problem dropped from an upcoming contest, unless another hides it */
	S(STMT_PROBLEMS_UNHIDE_BY_ID,
	    "UPDATE problems SET visible = 1 WHERE id = ? AND visible = 0 "
	    "AND NOT EXISTS (SELECT 1 FROM contest_problems cp JOIN "
	    "contests c ON c.id = cp.contest_id WHERE cp.problem_id = ? "
	    "AND c.revealed = 0)"),
	S(STMT_CONTEST_PARTICIPANTS_INSERT,
	    "INSERT INTO contest_participants (contest_id, user_id) VALUES "
	    "(?, ?) ON DUPLICATE KEY UPDATE contest_id = contest_id"),
	S(STMT_CONTEST_PARTICIPANTS_BY_USER,
	    "SELECT 1 FROM contest_participants WHERE contest_id = ? AND "
	    "user_id = ?"),
	S(STMT_CONTEST_PARTICIPANTS_COUNT,
	    "SELECT COUNT(*) FROM contest_participants WHERE contest_id = "
	    "?"),
	/*
	 * First to solve each problem: the earliest AC of the window (of
	 * the part before the freeze when the first parameter is 1).
	 */
	S(STMT_CONTEST_FIRST_SOLVES,
	    "SELECT cp.label, (SELECT u.username FROM submissions s JOIN "
	    "users u ON u.id = s.user_id WHERE s.contest_id = c.id AND "
	    "s.problem_id = cp.problem_id AND s.status = 'done' AND "
	    "s.verdict = 'AC' AND s.created_at >= c.starts_at AND "
	    "s.created_at < c.starts_at + INTERVAL (c.duration_minutes - "
	    "IF(?, c.freeze_minutes, 0)) MINUTE ORDER BY s.id LIMIT 1) "
	    "FROM contest_problems cp JOIN contests c ON c.id = "
	    "cp.contest_id WHERE cp.contest_id = ? ORDER BY cp.ordinal"),
	/*
	 * The leaderboard from MariaDB while Redis is away.  The score is
	 * Redis's: solved * 10^10 - time (or penalty); the parameters say
	 * which view (1: public, frozen) and which tie-break (1: ICPC),
	 * so one statement serves the four combinations:
	 *	SCORE(p, k) = IF(p, pub_solved, solved) * 10^10 -
	 *	    IF(k, IF(p, pub_penalty, penalty), IF(p, pub_time_s, time_s))
	 */
#define SCORE_EXPR \
	"(CAST(IF(?, pub_solved, solved) AS SIGNED) * 10000000000 - " \
	"CAST(IF(?, IF(?, pub_penalty, penalty), IF(?, pub_time_s, " \
	"time_s)) AS SIGNED))"
	S(STMT_CONTEST_SCORES_COUNT,
	    "SELECT COUNT(*) FROM contest_scores WHERE contest_id = ?"),
	S(STMT_CONTEST_SCORES_PAGE,
	    "SELECT t.user_id, u.username, t.sv, t.tv, t.pv, t.cv, t.sc "
	    "FROM (SELECT user_id, IF(?, pub_solved, solved) sv, IF(?, "
	    "pub_time_s, time_s) tv, IF(?, pub_penalty, penalty) pv, "
	    "IF(?, pub_cells, cells) cv, " SCORE_EXPR " sc FROM "
	    "contest_scores WHERE contest_id = ?) t JOIN users u ON u.id "
	    "= t.user_id ORDER BY t.sc DESC, t.user_id LIMIT ? OFFSET ?"),
	S(STMT_CONTEST_SCORES_COUNT_ABOVE,
	    "SELECT COUNT(*) FROM contest_scores WHERE contest_id = ? AND "
	    SCORE_EXPR " > ?"),
	S(STMT_CONTEST_SCORES_POS_BY_USER,
	    "SELECT COUNT(*) FROM contest_scores WHERE contest_id = ? AND "
	    "(" SCORE_EXPR " > ? OR (" SCORE_EXPR " = ? AND user_id < ?))"),
#undef SCORE_EXPR
	S(STMT_CONTEST_SCORES_BY_USER,
	    "SELECT solved, time_s, penalty, cells, pub_solved, "
	    "pub_time_s, pub_penalty, pub_cells FROM contest_scores WHERE "
	    "contest_id = ? AND user_id = ?"),
	/* rebuilding Redis: every row, or those changed since a moment */
	S(STMT_CONTEST_SCORES_ALL_SINCE,
	    "SELECT cs.user_id, u.username, cs.solved, cs.time_s, "
	    "cs.penalty, cs.cells, cs.pub_solved, cs.pub_time_s, "
	    "cs.pub_penalty, cs.pub_cells FROM contest_scores cs JOIN "
	    "users u ON u.id = cs.user_id WHERE cs.contest_id = ? AND "
	    "cs.updated_at >= ?"),
	S(STMT_CONTEST_RESULTS_COUNT,
	    "SELECT COUNT(*) FROM contest_results WHERE contest_id = ?"),
	S(STMT_CONTEST_RESULTS_PAGE,
	    "SELECT r.rank_no, r.user_id, u.username, r.solved, r.time_s, "
	    "r.penalty, r.cells FROM contest_results r JOIN users u ON "
	    "u.id = r.user_id WHERE r.contest_id = ? ORDER BY r.rank_no, "
	    "r.user_id LIMIT ? OFFSET ?"),
	S(STMT_CONTEST_RESULTS_BY_USER,
	    "SELECT rank_no FROM contest_results WHERE contest_id = ? AND "
	    "user_id = ?"),
	S(STMT_CONTEST_RESULTS_POS,
	    "SELECT COUNT(*) FROM contest_results WHERE contest_id = ? AND "
	    "(rank_no < ? OR (rank_no = ? AND user_id < ?))"),
	S(STMT_CONTEST_RESULTS_DELETE_BY_CONTEST,
	    "DELETE FROM contest_results WHERE contest_id = ?"),
};

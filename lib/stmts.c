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
};

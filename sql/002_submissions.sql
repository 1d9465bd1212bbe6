-- 002_submissions: submissions, their per-test results, runs and the job queue.

CREATE TABLE submissions (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	user_id		BIGINT UNSIGNED NOT NULL,
	problem_id	BIGINT UNSIGNED NOT NULL,
	version_id	BIGINT UNSIGNED NOT NULL,
	contest_id	BIGINT UNSIGNED NULL,
	language	VARCHAR(16) NOT NULL,
	source		MEDIUMTEXT NOT NULL,
	status		ENUM('queued','judging','done') NOT NULL DEFAULT 'queued',
	verdict		VARCHAR(4) NULL,
	time_ms		INT UNSIGNED NULL,
	memory_kb	INT UNSIGNED NULL,
	passed		INT UNSIGNED NOT NULL DEFAULT 0,
	total		INT UNSIGNED NOT NULL DEFAULT 0,
	compile_output	MEDIUMTEXT NULL,
	judge_message	TEXT NULL,
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	judged_at	DATETIME(3) NULL,
	KEY submissions_user (user_id, id),
	KEY submissions_problem (problem_id, id),
	KEY submissions_user_problem (user_id, problem_id, verdict),
	KEY submissions_contest (contest_id, id),
	KEY submissions_verdict (verdict, id),
	KEY submissions_language (language, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE submission_tests (
	submission_id	BIGINT UNSIGNED NOT NULL,
	ordinal		INT UNSIGNED NOT NULL,
	name		VARCHAR(200) NOT NULL,
	is_sample	TINYINT(1) NOT NULL DEFAULT 0,
	verdict		VARCHAR(4) NOT NULL,
	time_ms		INT UNSIGNED NOT NULL DEFAULT 0,
	memory_kb	INT UNSIGNED NOT NULL DEFAULT 0,
	output		MEDIUMTEXT NULL,	-- samples only, capped
	PRIMARY KEY (submission_id, ordinal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- "Run": samples or custom input, never stored as a submission.
CREATE TABLE runs (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	user_id		BIGINT UNSIGNED NOT NULL,
	problem_id	BIGINT UNSIGNED NOT NULL,
	version_id	BIGINT UNSIGNED NOT NULL,
	language	VARCHAR(16) NOT NULL,
	source		MEDIUMTEXT NOT NULL,
	input		MEDIUMTEXT NULL,	-- NULL: run the samples
	status		ENUM('queued','judging','done') NOT NULL DEFAULT 'queued',
	result		MEDIUMTEXT NULL,	-- JSON from the judge
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	KEY runs_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The queue.  A job is claimed with SELECT ... FOR UPDATE SKIP LOCKED, held
-- by a lease (owner + token + until) renewed by heartbeat; the finishing
-- transaction deletes it only while the token still matches (fencing).
CREATE TABLE jobs (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	kind		ENUM('submission','run') NOT NULL,
	ref_id		BIGINT UNSIGNED NOT NULL,
	language	VARCHAR(16) NOT NULL,
	priority	TINYINT UNSIGNED NOT NULL DEFAULT 10,	-- lower first
	state		ENUM('queued','leased') NOT NULL DEFAULT 'queued',
	available_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	lease_owner	VARCHAR(64) NULL,
	lease_token	BIGINT UNSIGNED NOT NULL DEFAULT 0,
	lease_until	DATETIME(3) NULL,
	attempts	INT UNSIGNED NOT NULL DEFAULT 0,
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	UNIQUE KEY jobs_ref (kind, ref_id),
	KEY jobs_claim (state, priority, available_at, id),
	KEY jobs_lease (state, lease_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Judges announce themselves and the languages they can judge.
CREATE TABLE judges (
	name		VARCHAR(64) NOT NULL PRIMARY KEY,
	languages	VARCHAR(255) NOT NULL,
	last_seen	DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

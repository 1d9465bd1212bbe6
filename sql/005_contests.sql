-- 005_contests: contests, participants, scores and frozen final results.
--
-- MariaDB holds the truth.  contest_scores is recomputed for one
-- participant from their contest submissions whenever one of them gets a
-- verdict (in the judge's verdict transaction), in two views: "full" (every
-- submission) and "public" (only submissions made before the freeze).  The
-- Redis sorted sets contest:{id}:lb (public) and contest:{id}:lb:full are
-- derived from it and can be rebuilt at any time.

CREATE TABLE contests (
	id			BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug			VARCHAR(64) NOT NULL,
	title			VARCHAR(200) NOT NULL,
	description		TEXT NOT NULL,
	starts_at		DATETIME(3) NOT NULL,
	duration_minutes	INT UNSIGNED NOT NULL DEFAULT 90,
	scoring			ENUM('default','icpc') NOT NULL DEFAULT 'default',
	freeze_minutes		INT UNSIGNED NOT NULL DEFAULT 0,
	unfrozen		TINYINT(1) NOT NULL DEFAULT 0,
	finalized		TINYINT(1) NOT NULL DEFAULT 0,
	created_by		BIGINT UNSIGNED NULL,
	created_at		DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	UNIQUE KEY contests_slug (slug),
	KEY contests_starts (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_problems (
	contest_id	BIGINT UNSIGNED NOT NULL,
	label		VARCHAR(3) NOT NULL,
	ordinal		INT UNSIGNED NOT NULL,
	problem_id	BIGINT UNSIGNED NOT NULL,
	PRIMARY KEY (contest_id, label),
	UNIQUE KEY contest_problems_problem (contest_id, problem_id),
	CONSTRAINT contest_problems_contest_fk FOREIGN KEY (contest_id)
	    REFERENCES contests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_participants (
	contest_id	BIGINT UNSIGNED NOT NULL,
	user_id		BIGINT UNSIGNED NOT NULL,
	registered_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	PRIMARY KEY (contest_id, user_id),
	KEY contest_participants_user (user_id),
	CONSTRAINT contest_participants_contest_fk FOREIGN KEY (contest_id)
	    REFERENCES contests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per participant with at least one judged contest submission.
-- time_s: default scoring, seconds from the start to the last first-AC;
-- penalty: ICPC minutes.  cells: JSON array, one object per problem label:
-- {"label","tries","ac_minute"|null,"first"} (tries = rejected before AC).
CREATE TABLE contest_scores (
	contest_id	BIGINT UNSIGNED NOT NULL,
	user_id		BIGINT UNSIGNED NOT NULL,
	solved		INT UNSIGNED NOT NULL DEFAULT 0,
	time_s		INT UNSIGNED NOT NULL DEFAULT 0,
	penalty		INT UNSIGNED NOT NULL DEFAULT 0,
	cells		TEXT NOT NULL,
	pub_solved	INT UNSIGNED NOT NULL DEFAULT 0,
	pub_time_s	INT UNSIGNED NOT NULL DEFAULT 0,
	pub_penalty	INT UNSIGNED NOT NULL DEFAULT 0,
	pub_cells	TEXT NOT NULL,
	updated_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	PRIMARY KEY (contest_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Final standings, written once when the contest ends (finalized = 1).
CREATE TABLE contest_results (
	contest_id	BIGINT UNSIGNED NOT NULL,
	user_id		BIGINT UNSIGNED NOT NULL,
	rank_no		INT UNSIGNED NOT NULL,
	solved		INT UNSIGNED NOT NULL,
	time_s		INT UNSIGNED NOT NULL,
	penalty		INT UNSIGNED NOT NULL,
	cells		TEXT NOT NULL,
	PRIMARY KEY (contest_id, user_id),
	KEY contest_results_rank (contest_id, rank_no, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

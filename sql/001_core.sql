-- 001_core: accounts, problems and their versioned test data.
-- Engine InnoDB, utf8mb4 throughout; times are UTC DATETIME(3).

CREATE TABLE users (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username	VARCHAR(32) NOT NULL,
	password_hash	VARCHAR(255) NOT NULL,
	role		ENUM('user','admin') NOT NULL DEFAULT 'user',
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	UNIQUE KEY users_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Only a SHA-256 of the session token is stored; the cookie holds the token.
CREATE TABLE sessions (
	token_hash	BINARY(32) NOT NULL PRIMARY KEY,
	user_id		BIGINT UNSIGNED NOT NULL,
	csrf_token	CHAR(43) NOT NULL,
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	expires_at	DATETIME(3) NOT NULL,
	KEY sessions_user (user_id),
	KEY sessions_expires (expires_at),
	CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
	    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Failed log-ins per key (user name or client address), for throttling.
CREATE TABLE login_failures (
	throttle_key	VARCHAR(80) NOT NULL PRIMARY KEY,
	failures	INT UNSIGNED NOT NULL DEFAULT 0,
	window_start	DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE problems (
	id			BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug			VARCHAR(64) NOT NULL,
	title			VARCHAR(200) NOT NULL,
	difficulty		ENUM('easy','medium','hard') NOT NULL,
	kind			ENUM('stdio','function') NOT NULL DEFAULT 'stdio',
	current_version_id	BIGINT UNSIGNED NULL,
	visible			TINYINT(1) NOT NULL DEFAULT 1,
	submission_count	INT UNSIGNED NOT NULL DEFAULT 0,
	accepted_count		INT UNSIGNED NOT NULL DEFAULT 0,
	created_at		DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	UNIQUE KEY problems_slug (slug),
	KEY problems_list (visible, id),
	KEY problems_difficulty (visible, difficulty, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per distinct package content (hash); submissions point here.
CREATE TABLE problem_versions (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	problem_id	BIGINT UNSIGNED NOT NULL,
	content_hash	CHAR(64) NOT NULL,
	statement_md	MEDIUMTEXT NOT NULL,
	statement_html	MEDIUMTEXT NOT NULL,
	time_limit_ms	INT UNSIGNED NOT NULL,
	memory_kb	INT UNSIGNED NOT NULL,
	output_kb	INT UNSIGNED NOT NULL,
	validation	ENUM('default','custom') NOT NULL DEFAULT 'default',
	validator_flags	VARCHAR(255) NOT NULL DEFAULT '',
	signature	MEDIUMTEXT NULL,	-- JSON, function problems only
	stubs		MEDIUMTEXT NULL,	-- JSON {lang: stub}
	created_at	DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	UNIQUE KEY problem_versions_hash (problem_id, content_hash),
	CONSTRAINT problem_versions_problem_fk FOREIGN KEY (problem_id)
	    REFERENCES problems (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE problem_tags (
	problem_id	BIGINT UNSIGNED NOT NULL,
	tag		VARCHAR(40) NOT NULL,
	PRIMARY KEY (problem_id, tag),
	KEY problem_tags_tag (tag, problem_id),
	CONSTRAINT problem_tags_problem_fk FOREIGN KEY (problem_id)
	    REFERENCES problems (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Test data per version; judges cache it locally by version id.
CREATE TABLE testcases (
	version_id	BIGINT UNSIGNED NOT NULL,
	ordinal		INT UNSIGNED NOT NULL,
	name		VARCHAR(200) NOT NULL,
	is_sample	TINYINT(1) NOT NULL DEFAULT 0,
	input		LONGBLOB NOT NULL,
	expected	LONGBLOB NOT NULL,
	PRIMARY KEY (version_id, ordinal),
	CONSTRAINT testcases_version_fk FOREIGN KEY (version_id)
	    REFERENCES problem_versions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The package files other than tests and submissions: problem.yaml,
-- .timelimit, testdata.yaml of groups and output_validators/**.  With the
-- testcases and the statement they rebuild the package on a judge.
CREATE TABLE package_files (
	version_id	BIGINT UNSIGNED NOT NULL,
	path		VARCHAR(200) NOT NULL,
	content		MEDIUMBLOB NOT NULL,
	PRIMARY KEY (version_id, path),
	CONSTRAINT package_files_version_fk FOREIGN KEY (version_id)
	    REFERENCES problem_versions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 006_contest_reveal: problems of an upcoming contest stay hidden until it starts.
--
-- Creating (or moving) a contest to a future start sets its problems'
-- problems.visible = 0 and contests.revealed = 0, so the catalogue, the
-- problem page, its API and submitting all answer 404 for them.  At the
-- start the judge daemon's periodic hook (and the web tier on demand, when
-- a contest page is asked for) runs one UPDATE that sets visible = 1 and
-- revealed = 1 for every contest due.  Existing contests count as revealed.
ALTER TABLE contests
	ADD COLUMN revealed TINYINT(1) NOT NULL DEFAULT 1 AFTER finalized,
	ADD KEY contests_reveal (revealed, starts_at);

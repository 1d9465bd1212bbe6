#!/bin/bash
# tests/bench/problems.sh: the problem pages and API with 3,000 problems,
# each against a bare libfcgi responder serving the same bytes, measured
# in the same run (make bench, or BENCH=problems tests/bench/run.sh).
#
# A private stack (the optimised build, tests/lib/stack.sh) gets 3,000
# synthetic problems straight through SQL (realistic statement sizes,
# 1-2 tags out of 12, two samples each).  Then build/bench/bare-fcgi, with
# the same number of workers, sits behind an identical nginx on the next
# port and answers each measured URL with the body verdict-web gave for
# it.  Per URL, after a 1 s warm-up, wrk runs 64 connections for 3 s,
# bare then real, three times; the medians are printed (a shared machine
# is noisy; alternating keeps both sides under the same load).  Targets
# (issue 4): rps >= 0.6 x bare, p99 <= 2 x bare.  BENCH_DURATION,
# BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_PROBLEMS change the shape.
# Loopback only; everything started here is stopped at exit.
set -u
cd "$(dirname "$0")/../.."
export TEST_BIN=${TEST_BIN:-$(pwd)/build}
. tests/lib/stack.sh
stack_env 18780 18706 18779 89
BENCH_DURATION=${BENCH_DURATION:-3}
. tests/bench/lib.sh
ROUNDS=${BENCH_ROUNDS:-3}
NPROB=${BENCH_PROBLEMS:-3000}
bench_need || exit 1

stack_up || exit 1
trap bare_down EXIT
sql() {
	mariadb --defaults-file="$VAR/my.cnf" -uroot -N -B verdict "$@"
}

echo "# loading $NPROB synthetic problems"
t0=$(date +%s.%N)
sql <<EOSQL || { echo "bench: SQL load failed"; exit 1; }
INSERT INTO problems (slug, title, difficulty, kind, submission_count,
    accepted_count)
  SELECT CONCAT('bench-', LPAD(seq, 5, '0')),
         CONCAT(ELT(1 + seq % 8, 'Sum', 'Path', 'Tree', 'Graph', 'String',
             'Array', 'Window', 'Matrix'), ' ',
             ELT(1 + seq % 5, 'Queries', 'Walk', 'Split', 'Count', 'Order'),
             ' ', seq),
         ELT(1 + seq % 3, 'easy', 'medium', 'hard'), 'stdio',
         seq % 97 * 3, seq % 97
  FROM seq_1_to_$NPROB;
INSERT INTO problem_versions (problem_id, content_hash, statement_md,
    statement_html, time_limit_ms, memory_kb, output_kb)
  SELECT id, SHA2(slug, 256), '',
         CONCAT('<p>You are given an array of <span class="math" ',
             'data-display="0">n</span> integers and ', title, '.</p>\n',
             '<h2>Input</h2>\n', REPEAT(CONCAT('<p>The next line holds ',
             '<span class="math" data-display="0">a_1, \\\\ldots, a_n</span> ',
             '(<span class="math" data-display="0">|a_i| \\\\le 10^9</span>)',
             ', separated by spaces; read them fast.</p>\n'), 12),
             '<h2>Output</h2>\n<p>Print one integer.</p>\n'),
         1000 + id % 3 * 500, 262144, 8192
  FROM problems WHERE slug LIKE 'bench-%';
UPDATE problems p JOIN problem_versions v ON v.problem_id = p.id
  SET p.current_version_id = v.id WHERE p.slug LIKE 'bench-%';
INSERT IGNORE INTO problem_tags (problem_id, tag)
  SELECT id, ELT(1 + CAST(SUBSTRING(slug, 7) AS UNSIGNED) % 12, 'arrays',
         'strings', 'hashing', 'two pointers', 'sorting', 'greedy',
         'dynamic programming', 'graphs', 'trees', 'math', 'binary search',
         'heap')
  FROM problems WHERE slug LIKE 'bench-%';
INSERT IGNORE INTO problem_tags (problem_id, tag)
  SELECT id, ELT(1 + (CAST(SUBSTRING(slug, 7) AS UNSIGNED) * 7 + 3) % 12,
         'arrays', 'strings', 'hashing', 'two pointers', 'sorting', 'greedy',
         'dynamic programming', 'graphs', 'trees', 'math', 'binary search',
         'heap')
  FROM problems WHERE slug LIKE 'bench-%' AND id % 2 = 0;
INSERT INTO testcases (version_id, ordinal, name, is_sample, input, expected)
  SELECT v.id, 1, 'sample/1', 1, '5\n1 2 3 4 5\n', '15\n'
  FROM problem_versions v JOIN problems p ON p.current_version_id = v.id
  WHERE p.slug LIKE 'bench-%';
INSERT INTO testcases (version_id, ordinal, name, is_sample, input, expected)
  SELECT v.id, 2, 'sample/2', 1, '3\n-1 0 1\n', '0\n'
  FROM problem_versions v JOIN problems p ON p.current_version_id = v.id
  WHERE p.slug LIKE 'bench-%';
EOSQL
printf '# loaded in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
total=$(sql -e "SELECT COUNT(*) FROM problems WHERE visible = 1")
for _ in $(seq 50); do
	curl -s "$VERDICT_URL/api/problems?limit=1" | grep -q "\"total\":$total" &&
	    break
	sleep 0.1
done
# The last full page of a tag: the deep keyset page of the list.
deep=$(sql -e "SELECT p.id FROM problems p JOIN problem_tags t ON
    t.problem_id = p.id WHERE t.tag = 'graphs' AND p.visible = 1 ORDER BY
    p.id DESC LIMIT 1 OFFSET 50")
mid=$(printf 'bench-%05d' $((NPROB / 2)))

URLS=(
	"/problems"
	"/problems?difficulty=medium&tag=graphs"
	"/problems?tag=graphs&after=$deep"
	"/problems/$mid"
	"/api/problems"
	"/api/problems?difficulty=hard&tag=graphs&limit=50"
	"/api/problems/$mid"
)

bare_up "${URLS[@]}" || exit 1

echo "# $NPROB problems, $WEB_WORKERS workers, wrk -t2 -c$CONN," \
    "median of $ROUNDS x ${DUR}s, nginx -> FastCGI on loopback"
printf '%-50s %7s %7s %7s %8s %6s %5s  %s\n' "url" "rps" "p99ms" "bare" \
    "bare-p99" "ratio" "p99x" "target (>=0.6x, p99<=2x)"
fail=0
for u in "${URLS[@]}"; do
	br=(); bp=(); rr=(); rp=(); errs=0
	for _ in $(seq "$ROUNDS"); do
		read -r a b e _ <<< "$(run_wrk "http://127.0.0.1:$BARE_PORT$u")"
		br+=("$a"); bp+=("$b"); errs=$((errs + e))
		read -r a b e _ <<< "$(run_wrk "$VERDICT_URL$u")"
		rr+=("$a"); rp+=("$b"); errs=$((errs + e))
	done
	brps=$(median "${br[@]}"); bp99=$(median "${bp[@]}")
	rrps=$(median "${rr[@]}"); rp99=$(median "${rp[@]}")
	ratio=$(echo "scale=2; $rrps / ($brps + 0.001)" | bc)
	p99x=$(echo "scale=2; $rp99 / ($bp99 + 0.001)" | bc)
	verdict=ok
	if [ "$(echo "$ratio < 0.6 || $p99x > 2" | bc)" = 1 ]; then
		verdict="BELOW TARGET"
	fi
	if [ "$errs" -gt 0 ]; then
		verdict="ERRORS ($errs)"
		fail=1
	fi
	printf '%-50s %7s %7s %7s %8s %6s %5s  %s\n' "${u:0:50}" "$rrps" \
	    "$rp99" "$brps" "$bp99" "$ratio" "$p99x" "$verdict"
done
exit $fail

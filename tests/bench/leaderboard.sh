#!/bin/bash
# tests/bench/leaderboard.sh: the contest leaderboard with 100,000
# participants, against its floors measured in the same run (make bench,
# or BENCH=leaderboard tests/bench/run.sh).
#
# A private stack (the optimised build, tests/lib/stack.sh; its judge idles) gets
# one running contest with BENCH_PARTICIPANTS (100,000) synthetic
# participants: users and contest_scores rows through SQL (INSERT ... SELECT
# FROM seq_1_to_N), the Redis sorted sets and row hashes through
# redis-cli --pipe.  One real account (a bearer token) sits mid-board for
# around=me.  Then, through nginx, wrk at 64 connections for DUR seconds
# (after a 1 s warm-up), BENCH_ROUNDS interleaved rounds of:
#   top100   GET /api/contests/bench/leaderboard?offset=0&limit=100
#   top304   the same with If-None-Match (what a 5-second poller sends)
#   me       GET ...?around=me with the bearer token
#   topauth  the top 100 with the bearer token (what a session lookup costs)
#   bare-*   build/bench/bare-fcgi answering the same bytes for each of
#            those through an identical nginx (the FastCGI floor)
#   static   nginx serving a file of the top-100 JSON's size
# Targets: top100 >= 0.9 x bare and >= 0.4 x static, around=me >= 0.8 x
# bare, p99 <= 2 x bare's and under 20 ms.  The figures are printed, not
# asserted (shared machines are noisy).  Also printed: how long verdict-web
# takes to rebuild the board into Redis from MariaDB when its keys are gone.
# Loopback only; everything started here is stopped at exit.
set -u
cd "$(dirname "$0")/../.."
export TEST_BIN=${TEST_BIN:-$(pwd)/build}
. tests/lib/stack.sh
stack_env 18680 18606 18679 171
export DB_POOL=512M
. tests/bench/lib.sh
N=${BENCH_PARTICIPANTS:-100000}
ROUNDS=${BENCH_ROUNDS:-3}
SLUG=bench
TOP="/api/contests/$SLUG/leaderboard?offset=0&limit=100"
ME="/api/contests/$SLUG/leaderboard?around=me"
bench_need || exit 1
command -v redis-cli >/dev/null || { echo "bench needs redis-cli"; exit 1; }
stack_up || exit 1
trap bare_down EXIT

sql() {
	mariadb --defaults-file="$VAR/my.cnf" -uroot -N -B verdict "$@"
}
rcli() {
	redis-cli -s "$VAR/run/redis.sock" "$@"
}
now() {
	date +%s.%N
}
secs() {
	echo "scale=2; ($2 - $1) / 1" | bc
}

# --- the participants --------------------------------------------------------
PW=bench-password-1
curl -sf -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"benchme\",\"password\":\"$PW\"}" "$VERDICT_URL/api/users" ||
    { echo "bench: could not create the account"; exit 1; }
TOKEN=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"benchme\",\"password\":\"$PW\"}" \
    "$VERDICT_URL/api/session" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "bench: no session token"; exit 1; }

echo "# loading $N participants into MariaDB"
t0=$(now)
sql <<EOSQL || { echo "bench: SQL load failed"; exit 1; }
INSERT INTO contests (slug, title, description, starts_at, duration_minutes,
    scoring, revealed)
  VALUES ('$SLUG', 'Benchmark', '', NOW(3) - INTERVAL 30 MINUTE, 90,
    'default', 1);
SET @c = (SELECT id FROM contests WHERE slug = '$SLUG');
INSERT INTO contest_problems (contest_id, label, ordinal, problem_id)
  SELECT @c, CHAR(64 + n), n - 1, id FROM (SELECT id, ROW_NUMBER() OVER
    (ORDER BY id) n FROM problems WHERE slug LIKE 'ct-%') t WHERE n <= 5;
INSERT INTO users (username, password_hash)
  SELECT CONCAT('p', LPAD(seq, 6, '0')), 'x' FROM seq_1_to_$N;
INSERT INTO contest_participants (contest_id, user_id)
  SELECT @c, id FROM users WHERE username LIKE 'p______' OR
    username = 'benchme';
INSERT INTO contest_scores (contest_id, user_id, solved, time_s, penalty,
    cells, pub_solved, pub_time_s, pub_penalty, pub_cells)
  SELECT @c, u.id, t.solved, t.time_s, t.time_s DIV 60 + 20 * t.tries,
    t.cells, t.solved, t.time_s, t.time_s DIV 60 + 20 * t.tries, t.cells
  FROM (SELECT seq, seq MOD 6 solved, IF(seq MOD 6 = 0, 0,
      (seq * 7919) MOD 5400) time_s, seq MOD 3 tries,
      CONCAT('[', CONCAT_WS(',',
        CONCAT('{"label":"A","tries":', seq MOD 3, ',"ac_minute":',
          IF(seq MOD 6 >= 1, (seq * 7) MOD 90, 'null'), '}'),
        CONCAT('{"label":"B","tries":', (seq + 1) MOD 3, ',"ac_minute":',
          IF(seq MOD 6 >= 2, (seq * 11) MOD 90, 'null'), '}'),
        CONCAT('{"label":"C","tries":', (seq + 2) MOD 4, ',"ac_minute":',
          IF(seq MOD 6 >= 3, (seq * 13) MOD 90, 'null'), '}'),
        CONCAT('{"label":"D","tries":', seq MOD 2, ',"ac_minute":',
          IF(seq MOD 6 >= 4, (seq * 17) MOD 90, 'null'), '}'),
        CONCAT('{"label":"E","tries":', (seq + 1) MOD 2, ',"ac_minute":',
          IF(seq MOD 6 >= 5, (seq * 19) MOD 90, 'null'), '}')), ']') cells
    FROM seq_1_to_$N) t
  JOIN users u ON u.username = CONCAT('p', LPAD(t.seq, 6, '0'));
INSERT INTO contest_scores (contest_id, user_id, solved, time_s, penalty,
    cells, pub_solved, pub_time_s, pub_penalty, pub_cells)
  SELECT @c, id, 3, 2700, 45, '[]', 3, 2700, 45, '[]' FROM users
  WHERE username = 'benchme';
EOSQL
t1=$(now)
CID=$(sql -e "SELECT id FROM contests WHERE slug = '$SLUG'")
echo "# MariaDB: $(secs "$t0" "$t1") s"

# Redis: the judge's keys (judge/contest.c), as RESP through --pipe.
resp() {
	awk -v c="$CID" 'BEGIN { ORS = "" }
	function cmd(n, a1, a2, a3, a4,    i, v) {
		split(a1 SUBSEP a2 SUBSEP a3 SUBSEP a4, v, SUBSEP)
		print "*" n "\r\n"
		for (i = 1; i <= n; i++)
			print "$" length(v[i]) "\r\n" v[i] "\r\n"
	}
	{
		cmd(4, "ZADD", "contest:" c ":lb", $3, $1)
		cmd(4, "ZADD", "contest:" c ":lb:full", $3, $1)
		cmd(4, "HSET", "contest:" c ":rows", $1, $2)
		cmd(4, "HSET", "contest:" c ":rows:full", $1, $2)
	}
	END { cmd(3, "SET", "contest:" c ":built", "1") }'
}
t0=$(now)
sql -e "SELECT cs.user_id, CONCAT('{\"user\":\"', u.username, '\",\"solved\":',
    cs.solved, ',\"time\":', cs.time_s, ',\"penalty\":', cs.penalty,
    ',\"problems\":', cs.cells, '}'), cs.solved * 10000000000 - cs.time_s
    FROM contest_scores cs JOIN users u ON u.id = cs.user_id
    WHERE cs.contest_id = $CID" | resp | rcli --pipe > "$VAR/pipe.log" 2>&1 ||
    { echo "bench: redis-cli --pipe failed"; cat "$VAR/pipe.log"; exit 1; }
t1=$(now)
echo "# Redis: $(rcli ZCARD "contest:$CID:lb") rows in $(secs "$t0" "$t1") s" \
    "($(rcli MEMORY USAGE "contest:$CID:lb") bytes for the sorted set)"

# --- the bodies, and the bare responder serving the same bytes ------------------
mkdir -p "$BV/run" "$BV/log" "$BV/nginx" "$BV/static"
curl -sf -o "$BV/top.json" -D "$BV/top.head" "$VERDICT_URL$TOP" ||
    { echo "bench: the top 100 did not answer"; exit 1; }
curl -sf -o "$BV/me.json" -H "Authorization: Bearer $TOKEN" \
    "$VERDICT_URL$ME" || { echo "bench: around=me did not answer"; exit 1; }
grep -q '"source":"redis"' "$BV/top.json" ||
    { echo "bench: the board is not served from Redis"; exit 1; }
ETAG=$(sed -n 's/^ETag: *\([^\r]*\).*/\1/Ip' "$BV/top.head")
cp "$BV/top.json" "$BV/static/lb.json"
printf '%s\t%s\t%s\n' "$TOP" "$BV/top.json" "application/json" \
    "$ME" "$BV/me.json" "application/json" > "$BV/manifest"
build/bench/bare-fcgi "$BV/run/bare.sock" "$WEB_WORKERS" "$BV/manifest" \
    2>>"$BV/log/bare.log" &
BARE_PID=$!
# The same nginx configuration as the site; its /static/ is ours.
sed -e "s#@VAR@/run/web.sock#$BV/run/bare.sock#g" -e "s#@VAR@#$BV#g" \
    -e "s#@ROOT@#$BV#g" -e "s#@HTTP_PORT@#$BARE_PORT#g" \
    nginx/local.conf.in > "$BV/nginx/nginx.conf"
nginx -p "$BV/nginx" -c "$BV/nginx/nginx.conf" -e "$BV/log/nginx-error.log" ||
    { echo "bench: the bare nginx did not start"; exit 1; }
BARE=http://127.0.0.1:$BARE_PORT
for _ in $(seq 50); do
	curl -sf -o /dev/null "$BARE$TOP" && break
	sleep 0.1
done
cmp -s <(curl -s "$BARE$TOP") "$BV/top.json" &&
    cmp -s <(curl -s "$BARE/static/lb.json") "$BV/top.json" ||
    { echo "bench: bare and static do not serve the same bytes"; exit 1; }

echo "# $(stat -c %s "$BV/top.json") bytes (top 100), $(stat -c %s \
    "$BV/me.json") bytes (around=me), $WEB_WORKERS workers, wrk -t2" \
    "-c$CONN -d${DUR}s, $ROUNDS interleaved rounds, loopback"
printf '%-6s %-10s %9s %8s %8s\n' round target rps p50ms p99ms
: > "$VAR/bench.txt"
for r in $(seq "$ROUNDS"); do
	for t in static bare-top top100 top304 topauth bare-me me; do
		hdr=
		case $t in
		static) url=$BARE/static/lb.json ;;
		bare-top) url=$BARE$TOP ;;
		top100) url=$VERDICT_URL$TOP ;;
		top304) url=$VERDICT_URL$TOP; hdr="If-None-Match: $ETAG" ;;
		topauth) url=$VERDICT_URL$TOP
			hdr="Authorization: Bearer $TOKEN" ;;
		bare-me) url=$BARE$ME ;;
		me) url=$VERDICT_URL$ME; hdr="Authorization: Bearer $TOKEN" ;;
		esac
		read -r rps p99 err p50 <<< "$(run_wrk "$url" "$hdr")"
		printf '%-6s %-10s %9s %8s %8s%s\n' "$r" "$t" "$rps" "$p50" \
		    "$p99" "$([ "$err" -gt 0 ] && echo "  ($err errors)")"
		echo "$t $rps $p99" >> "$VAR/bench.txt"
	done
done

med() {
	median $(awk -v t="$1" -v f="$2" '$1 == t { print $f }' "$VAR/bench.txt")
}
s=$(med static 2); bt=$(med bare-top 2); t=$(med top100 2)
t3=$(med top304 2); bm=$(med bare-me 2); m=$(med me 2); ta=$(med topauth 2)
btp=$(med bare-top 3); tp=$(med top100 3); bmp=$(med bare-me 3)
mp=$(med me 3)
echo "median rps: static $s, bare(top) $bt, top100 $t, top100-304 $t3," \
    "top100 signed in $ta, bare(me) $bm, around=me $m"
echo "top100 / bare: $(ratio "$t" "$bt")x rps (target >= 0.9)," \
    "$(ratio "$tp" "$btp")x p99 (target <= 2); p99 $tp ms (target < 20)"
echo "top100 / static: $(ratio "$t" "$s")x rps (target >= 0.4)"
echo "around=me / bare: $(ratio "$m" "$bm")x rps (target >= 0.8)," \
    "$(ratio "$mp" "$bmp")x p99; p99 $mp ms (target < 20)"
echo "top100 304 / top100: $(ratio "$t3" "$t")x rps"
echo "top100 signed in / anonymous: $(ratio "$ta" "$t")x rps (the session" \
    "lookup in MariaDB every signed-in request pays)"

# Redis is derived: drop the keys and time the rebuild from MariaDB.
rcli DEL "contest:$CID:lb" "contest:$CID:lb:full" "contest:$CID:rows" \
    "contest:$CID:rows:full" "contest:$CID:built" > /dev/null
sleep 1.1	# past the pages' one-second cache
t0=$(now)
curl -sf -o "$BV/rebuilt.json" "$VERDICT_URL/api/contests/$SLUG/leaderboard?offset=0&limit=101"
t1=$(now)
echo "rebuild of $N rows from MariaDB into Redis (first request after the" \
    "keys were dropped): $(secs "$t0" "$t1") s;" \
    "$(rcli ZCARD "contest:$CID:lb") rows back;" \
    "source $(sed -n 's/.*"source":"\([a-z]*\)".*/\1/p' "$BV/rebuilt.json")"

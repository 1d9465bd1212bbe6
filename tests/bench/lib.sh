# tests/bench/lib.sh: what the web benchmarks share (sourced after
# tests/lib/stack.sh and stack_up).
#
#	bare_up URL...		serve the bytes verdict-web gives for each URL
#				from build/bench/bare-fcgi behind an identical
#				nginx on $BARE_PORT (HTTP_PORT + 1)
#	run_wrk URL [HDR]	"rps p99_ms errors p50_ms" of a DUR-second run
#	compare LABEL REAL BARE	one table row with the ratios
#	median N...		the middle value
#	bare_down		stop what bare_up started (and the stack)
#
# BENCH_DURATION (5 s) and BENCH_CONNECTIONS (64) bound every run.

BARE_PORT=$((HTTP_PORT + 1))
DUR=${BENCH_DURATION:-5}
CONN=${BENCH_CONNECTIONS:-64}
BV=$VAR/bare
BARE_PID=

bench_need() {
	local need
	for need in wrk curl bc "$BIN/verdict-web" build/bench/bare-fcgi; do
		command -v "$need" >/dev/null 2>&1 || [ -x "$need" ] || {
			echo "bench needs $need (apt-get install wrk bc;" \
			    "make all bench-bin)"; return 1; }
	done
}

bare_down() {
	if [ -f "$BV/run/nginx.pid" ]; then
		nginx -p "$BV/nginx" -c "$BV/nginx/nginx.conf" \
		    -e "$BV/log/nginx-error.log" -s quit 2>/dev/null
	fi
	if [ -n "$BARE_PID" ]; then
		kill -TERM "$BARE_PID" 2>/dev/null
		wait "$BARE_PID" 2>/dev/null
	fi
	stack_cleanup
}

# bare_up URL...: record verdict-web's answer for each URL and serve it
# from the bare responder through the same nginx configuration.
bare_up() {
	local u i=0 code
	mkdir -p "$BV/run" "$BV/log" "$BV/nginx" "$BV/pages"
	: > "$BV/manifest"
	for u in "$@"; do
		i=$((i + 1))
		code=$(curl -s -o "$BV/pages/$i" -w '%{http_code} %{content_type}' \
		    "$VERDICT_URL$u")
		if [ "${code%% *}" != 200 ]; then
			echo "bench: $u answered ${code%% *}"
			return 1
		fi
		printf '%s\t%s\t%s\n' "$u" "$BV/pages/$i" "${code#* }" \
		    >> "$BV/manifest"
	done
	build/bench/bare-fcgi "$BV/run/bare.sock" "$WEB_WORKERS" \
	    "$BV/manifest" 2>>"$BV/log/bare.log" &
	BARE_PID=$!
	trap bare_down EXIT
	sed -e "s#@VAR@/run/web.sock#$BV/run/bare.sock#g" -e "s#@VAR@#$BV#g" \
	    -e "s#@ROOT@#$ROOT#g" -e "s#@HTTP_PORT@#$BARE_PORT#g" \
	    nginx/local.conf.in > "$BV/nginx/nginx.conf"
	nginx -p "$BV/nginx" -c "$BV/nginx/nginx.conf" \
	    -e "$BV/log/nginx-error.log" ||
	    { echo "bench: the bare nginx did not start"; return 1; }
	for _ in $(seq 50); do
		[ -S "$BV/run/bare.sock" ] && curl -sf -o /dev/null \
		    "http://127.0.0.1:$BARE_PORT$1" && break
		sleep 0.1
	done
	cmp -s <(curl -s "http://127.0.0.1:$BARE_PORT$1") "$BV/pages/1" ||
	    { echo "bench: the bare responder does not serve the same" \
	      "bytes"; return 1; }
}

# run_wrk URL [HEADER]: "rps p99_ms errors p50_ms" of a DUR-second run
# (after a 1 s warm-up), with one optional request header.
run_wrk() {
	local h=()
	[ -n "${2:-}" ] && h=(-H "$2")
	wrk -t2 -c"$CONN" -d1s "${h[@]}" "$1" >/dev/null 2>&1
	wrk -t2 -c"$CONN" -d"${DUR}s" --latency "${h[@]}" "$1" 2>&1 | awk '
	function ms(v) {
		if (v ~ /us$/) return v / 1000
		if (v ~ /ms$/) return v + 0
		if (v ~ /s$/) return v * 1000
		return v
	}
	$1 == "50%" { p50 = ms($2) }
	$1 == "99%" { p99 = ms($2) }
	/^Requests\/sec:/ { rps = $2 }
	/Non-2xx or 3xx responses:/ { err += $NF }
	/Socket errors:/ { err += $4 + $6 + $8 + $10 }
	END { printf "%.0f %.2f %d %.2f\n", rps, p99, err, p50 }'
}

# median N...: the middle value.
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
	    END { print v[int((NR + 1) / 2)] }'
}

# ratio A B: A / B to two decimals.
ratio() {
	echo "scale=2; $1 / ($2 + 0.001)" | bc
}

# Shared by the load benchmarks (source it): wrk with a warm-up, figures on one line, ratios.
# Reads THREADS, CONNECTIONS, WARMUP, DURATION and WORK from the sourcing script.

# load NAME URL: warm up, then measure; prints "req/s p99 errors"
load() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/$1.txt"
  local rps p99 non2xx sockerr
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$WORK/$1.txt")
  sockerr=$(awk -F'[ ,]+' '/Socket errors:/ {print $4+$6+$8+$10}' "$WORK/$1.txt")
  echo "$rps $p99 $(( ${non2xx:-0} + ${sockerr:-0} ))"
}

# ratio A B: A as a percentage of B
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }

# ---- the app under load, for the benchmarks that start the jar on a fresh data folder ----

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# bench_setup PREFIX: a temporary WORK folder and a free APP_PORT; on exit the app is stopped
# and the folder removed.
bench_setup() {
  APP_PORT=$(free_port)
  WORK=$(mktemp -d -t "$1.XXXXXX")
  APP_PID=""
  trap 'bench_cleanup' EXIT
}

bench_cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  rm -rf "$WORK"
}

# import_medquad DATA: the whole MedQuAD zip under DATA/medquad, as syndicated articles, into WORK/data.
import_medquad() {
  java -jar target/salus.jar import medquad "$1/medquad" --as=syndicated --salus.data-dir="$WORK/data" \
    > "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 1; }
  grep '^import medquad:' "$WORK/import.log" || true
}

# start_app [ARGS...]: the jar on WORK/data and APP_PORT, waited for (2 minutes at most).
start_app() {
  java -jar target/salus.jar --server.port="$APP_PORT" --salus.data-dir="$WORK/data" "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "app did not start"; cat "$WORK/app.log"; exit 1
}

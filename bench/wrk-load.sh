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

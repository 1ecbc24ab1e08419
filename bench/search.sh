#!/usr/bin/env bash
# Search benchmark. Builds the index of the MedQuAD NIH documents scaled up to N synthetic articles
# (default 100,000; made at bench time from the zip, never stored) through the index's own rebuild
# path, then times 5,000 queries (the documents' own questions, shuffled, plus lay, code and
# syntax-breaking ones) single-threaded through the Search class: page 1 with highlighted snippets
# and facet counts. Then starts the packaged jar on that index and loads /search with wrk. Prints
# build time, index size, heap, query p50/p99 and the load average beside them: the machine is
# shared. Not a test. Usage: bench/search.sh [N] [DATA_DIR] (default ../shared/data); HEAP=1g.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
DATA=${2:-../shared/data}
HEAP=${HEAP:-1g}
ZIP="$DATA/medquad/medquad-nih-subsets.zip"
[ -f "$ZIP" ] || { echo "no $ZIP"; exit 1; }
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }

WORK=$(mktemp -d -t salus-search-bench.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null

echo "Search benchmark, $N articles, -Xmx$HEAP, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.salus.search.SearchBench \
  "$ZIP" "$N" "$WORK/index" "$WORK/queries.txt" 2>&1 | grep --line-buffered -v ' INFO \| WARN '
echo "load average after the single-threaded run: $(cut -d' ' -f1-3 /proc/loadavg)"

# The jar on a fresh database (sample content), serving the synthetic index as it is.
PORT=$(( 20000 + RANDOM % 20000 ))
( exec java -Xmx"$HEAP" -jar target/salus.jar --server.port="$PORT" --salus.data-dir="$WORK/data" \
    --salus.search.index-dir="$WORK/index" --salus.search.rebuild-when-stale=false ) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }

cat > "$WORK/queries.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("QUERIES")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
export QUERIES="$WORK/queries.txt"
wrk -t2 -c8 -d10s -s "$WORK/queries.lua" "http://127.0.0.1:$PORT" >/dev/null   # warm-up
echo "wrk -t2 -c8 -d20s over the same queries (app and wrk share the cores):"
wrk -t2 -c8 -d20s --latency -s "$WORK/queries.lua" "http://127.0.0.1:$PORT" | grep -E 'Requests/sec|50%|90%|99%|Non-2xx|Socket errors|requests in'
echo "load average after wrk: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app log (search index, warnings):"
grep -E 'Search index|search index|WARN|ERROR' "$WORK/app.log" | grep -v FirstAdmin | cut -c1-220 | head -10 || true
echo "app heap after wrk:"
jcmd "$APP_PID" GC.heap_info | grep -E 'garbage-first heap|total' | head -2

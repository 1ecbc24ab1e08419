#!/usr/bin/env bash
# Backup benchmark: export a site with 'java -jar target/salus.jar export', restore the archive
# into a new embedded database with 'import backup', export the restored site again and check
# that both archives hold the same tables and Markdown copies. For each command prints the time
# the command itself reports, the wall and CPU time of the whole process (JVM and Spring start-up
# included; on a busy machine CPU time is the steadier figure), the peak heap in use (from the GC
# log) and the process's maximum resident size.
#
#   bash bench/backup.sh             # the sample site: started once on a new database, which loads
#                                    # the bundled articles and dictionary, then stopped
#   bash bench/backup.sh DATA_DIR    # an existing site's salus.data-dir (H2), e.g. after importing
#                                    # MedQuAD into it; it is only read (and migrated if older)
#
# HEAP (default 512m) is the -Xmx of every command, so a run also proves the commands fit in it.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP=${HEAP:-512m}
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests
WORK=$(mktemp -d -t salus-backup-bench.XXXXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

if [ $# -ge 1 ]; then
  SOURCE=$(cd "$1" && pwd)
  [ -f "$SOURCE/salus.mv.db" ] || { echo "no salus.mv.db in $SOURCE"; exit 2; }
else
  SOURCE="$WORK/source"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  java -jar target/salus.jar --server.port="$PORT" --salus.data-dir="$SOURCE" > "$WORK/site.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "site did not start"; tail -30 "$WORK/site.log"; exit 1; }
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
fi
echo "source: $SOURCE ($(du -sh "$SOURCE/salus.mv.db" | cut -f1) H2 file), -Xmx$HEAP"

# run NAME DATA_DIR ARGS...: one command under /usr/bin/time with a GC log; prints its figures.
run() {
  local name=$1 data=$2; shift 2
  /usr/bin/time -v -o "$WORK/$name.time" java -Xmx"$HEAP" -Xlog:gc,gc+heap+exit:file="$WORK/$name.gc" \
    -jar target/salus.jar --salus.data-dir="$data" --logging.level.root=WARN "$@" > "$WORK/$name.out" 2>&1 \
    || { echo "$name failed:"; cat "$WORK/$name.out"; exit 1; }
  local wall cpu rss heap said
  wall=$(grep 'Elapsed (wall clock)' "$WORK/$name.time" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$WORK/$name.time")
  rss=$(grep 'Maximum resident' "$WORK/$name.time" | awk '{printf "%.0f", $NF/1024}')
  # peak heap in use: the largest "before" of any collection, or the heap in use at exit
  heap=$(python3 - "$WORK/$name.gc" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
units = {"K": 1 / 1024, "M": 1, "G": 1024}
peaks = [int(n) * units[u] for n, u in re.findall(r"Pause.*? (\d+)([KMG])->\d+[KMG]\(", text)]
peaks += [int(n) / 1024 for n in re.findall(r"total \d+K, used (\d+)K", text)]
print(f"{max(peaks):.0f}" if peaks else "?")
PY
)
  said=$(grep -oE 'in [0-9.]+ s' "$WORK/$name.out" | tail -1 | grep -oE '[0-9.]+' || true)
  printf '%-8s command %6s s   process: wall %8s, CPU %6s s   peak heap %5s MB   max RSS %5s MB\n' \
    "$name" "${said:-?}" "$wall" "$cpu" "$heap" "$rss"
}

run export "$SOURCE" export "$WORK/site.zip"
grep -E '^export: wrote' "$WORK/export.out"
run restore "$WORK/restored" import backup "$WORK/site.zip"
grep -E '^import backup:' "$WORK/restore.out"
run again "$WORK/restored" export "$WORK/again.zip"

python3 - "$WORK/site.zip" "$WORK/again.zip" <<'PY'
import json, sys, zipfile
sums = [json.loads(zipfile.ZipFile(f).read("manifest.json"))["sha256"] for f in sys.argv[1:]]
same = sums[0] == sums[1]
print(f"restored site exports identically: {'yes' if same else 'NO'} ({len(sums[0])} entries compared by SHA-256)")
sys.exit(0 if same else 1)
PY

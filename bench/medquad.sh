#!/usr/bin/env bash
# MedQuAD import benchmark: the packaged jar imports the whole of medquad-nih-subsets.zip (2,812
# documents; Disease Ontology crosswalk found beside it) into a fresh embedded database with a
# 512 MB heap, then imports it again (every article unchanged). Prints wall time (whole process and
# the import alone), CPU time and peak RSS (GNU time) and the peak heap before a collection (GC log)
# for each run; on a shared machine the CPU time moves less than the wall time. Not a test: the figures depend on
# the machine. Usage: bench/medquad.sh [DATA_DIR] (default ../shared/data); HEAP=512m AS=draft.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${1:-../shared/data}
HEAP=${HEAP:-512m}
AS=${AS:-draft}
[ -f "$DATA/medquad/medquad-nih-subsets.zip" ] || { echo "no $DATA/medquad/medquad-nih-subsets.zip"; exit 1; }
[ -x /usr/bin/time ] || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time; }
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests

WORK=$(mktemp -d -t salus-medquad.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

run() { # run NAME: one import, its figures on one line
  /usr/bin/time -v -o "$WORK/$1.time" java -Xmx"$HEAP" -Xlog:gc:file="$WORK/$1.gc" -jar target/salus.jar \
    import medquad "$DATA/medquad" --as="$AS" --salus.data-dir="$WORK/data" > "$WORK/$1.out" 2>&1 \
    || { cat "$WORK/$1.out"; exit 1; }
  local wall cpu rss heap summary took
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/$1.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f s", s }' "$WORK/$1.time")
  rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$WORK/$1.time")
  heap=$(grep -o '[0-9]*M->' "$WORK/$1.gc" | sed 's/M->//' | sort -n | tail -1)
  summary=$(grep '^import medquad:' "$WORK/$1.out" | sed 's/^import medquad: //')
  took=$(sed -n 's/^read [0-9]* documents in \(.*\)$/\1/p' "$WORK/$1.out")
  printf '| %s | %s | %s | %s | %s MB | %s MB | %s |\n' "$1" "$wall" "$took" "$cpu" "$rss" "${heap:-?}" "$summary"
}

echo "MedQuAD import, -Xmx$HEAP, --as=$AS, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| run | wall (JVM start to exit) | import only | CPU (user+sys) | peak RSS | peak heap | result |"
echo "|---|---:|---:|---:|---:|---:|---|"
run first
run again

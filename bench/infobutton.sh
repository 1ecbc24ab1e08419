#!/usr/bin/env bash
# Load benchmark of the HL7 Infobutton endpoint with the full MedQuAD import loaded, on loopback
# only. Imports MedQuAD (syndicated, ICD-10-CM codes from the Disease Ontology crosswalk beside
# it) into a fresh embedded database, starts target/salus.jar on it, and in one run loads with wrk:
#   1. Infobutton JSON   GET /infobutton?...E11.9...&knowledgeResponseType=application/json
#                        (E11.9 rolls up to the articles coded E11: a code that matches)
#   2. Infobutton Atom   the same request, default text/xml
#   3. the app's floor   GET /actuator/health
# in alternating rounds, then prints req/s, p99 latency, errors and the ratios as a Markdown table.
# Usage: bench/infobutton.sh [DATA_DIR]   (default ../shared/data; DURATION=10s WARMUP=15s
#        THREADS=2 CONNECTIONS=32 ROUNDS=3 CODE=E11.9 to change)
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${1:-../shared/data}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
CODE=${CODE:-E11.9}

[ -f "$DATA/medquad/medquad-nih-subsets.zip" ] || { echo "no $DATA/medquad/medquad-nih-subsets.zip"; exit 1; }
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests

source bench/wrk-load.sh
bench_setup salus-infobutton
import_medquad "$DATA"
start_app

BASE="http://127.0.0.1:$APP_PORT"
QUERY="mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=$CODE"
JSON_URL="$BASE/infobutton?$QUERY&knowledgeResponseType=application/json"
ATOM_URL="$BASE/infobutton?$QUERY"
entries=$(curl -sf "$JSON_URL" | python3 -c 'import json,sys; f=json.load(sys.stdin)["feed"]; print(len(f["entry"]), "|", "; ".join(e["title"]["_value"] for e in f["entry"]))')
[ "${entries%% *}" -gt 0 ] || { echo "no entries for $CODE: $entries"; exit 1; }
json_bytes=$(curl -sf "$JSON_URL" | wc -c)
atom_bytes=$(curl -sf "$ATOM_URL" | wc -c)

# Neighbours' load on a shared machine swings within seconds, so the three targets are measured
# in ROUNDS alternating rounds of DURATION each, after a warm-up of each (on a loaded machine the
# JIT takes a good minute to settle); a target's figure is
# its requests over all its rounds divided by their time, its p99 the median of its rounds'.
# round NAME URL I: one measured round; prints "requests seconds p99 errors"
round() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/$1.$3.txt"
  awk '
    / requests in / { requests = $1; seconds = $4; sub(/s,?$/, "", seconds) }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    END { print requests, seconds, p99, errors + 0 }' "$WORK/$1.$3.txt"
}
# in milliseconds, for sorting p99 values wrk prints as 950.12us, 12.3ms or 1.02s
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 } else { sub(/s$/, "", v); print v * 1000 } }'; }

ROUNDS=${ROUNDS:-3}
for url in "$JSON_URL" "$ATOM_URL" "$BASE/actuator/health"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
# Each round starts with a different target, so that a trend (the JIT still warming up, a
# neighbour's build starting) does not always fall on the same one.
names=(json atom health)
urls=("$JSON_URL" "$ATOM_URL" "$BASE/actuator/health")
for i in $(seq 1 "$ROUNDS"); do
  for k in 0 1 2; do
    t=$(( (i + k) % 3 ))
    round "${names[$t]}" "${urls[$t]}" "$i" >> "$WORK/${names[$t]}.rounds"
  done
done
# summary NAME: prints "req/s p99 errors per-round-req/s"
summary() {
  local p99s median
  p99s=$(while read -r _ _ p99 _; do ms "$p99"; done < "$WORK/$1.rounds" | sort -n)
  median=$(echo "$p99s" | awk '{ v[NR] = $1 } END { printf "%.0fms", v[int((NR + 1) / 2)] }')
  awk -v p99="$median" '{ r += $1; s += $2; e += $4; per = per (per ? "/" : "") sprintf("%.0f", $1 / $2) }
    END { printf "%.0f %s %d %s\n", r / s, p99, e, per }' "$WORK/$1.rounds"
}
read -r json_rps json_p99 json_err json_per < <(summary json)
read -r atom_rps atom_p99 atom_err atom_per < <(summary atom)
read -r health_rps health_p99 health_err health_per < <(summary health)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
echo
echo "wrk -t$THREADS -c$CONNECTIONS, $ROUNDS alternating rounds of $DURATION after a $WARMUP warm-up; app and wrk share $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ICD-10-CM $CODE: $entries (JSON $json_bytes bytes, Atom $atom_bytes bytes)"
echo
echo "| target | req/s | per round | p99 | errors | vs. app floor |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| Infobutton JSON, ICD-10-CM $CODE | $json_rps | $json_per | $json_p99 | $json_err | $(ratio "$json_rps" "$health_rps") |"
echo "| Infobutton Atom, ICD-10-CM $CODE | $atom_rps | $atom_per | $atom_p99 | $atom_err | $(ratio "$atom_rps" "$health_rps") |"
echo "| app floor \`/actuator/health\` | $health_rps | $health_per | $health_p99 | $health_err | 100% |"

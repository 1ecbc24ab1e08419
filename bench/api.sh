#!/usr/bin/env bash
# Load benchmark of the JSON content API, on loopback only. Imports the whole MedQuAD zip as
# syndicated (published) articles into a fresh embedded database with the packaged jar, starts the
# jar on it with the anonymous rate limit raised out of the way, and in one run loads with wrk:
#   1. one article              GET /api/v1/articles/{slug}   (a median-sized MedQuAD article)
#   2. the list, first page     GET /api/v1/articles?limit=20 (with the total over every article)
#   3. a filtered list          GET /api/v1/articles?codeSystem=ICD-10-CM&code=E11&limit=20
#   4. the framework's floor    GET /actuator/health
# then prints req/s, p99 latency, errors, the ratio to the floor and the load average as a Markdown table.
# Usage: bench/api.sh [DATA_DIR]   (DATA_DIR holds medquad/, default ../shared/data;
#                                   DURATION=15s WARMUP=5s THREADS=2 CONNECTIONS=32 to change)
# Uses target/salus.jar as it is: rebuild it (./mvnw package -DskipTests) after changing the code.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${1:-../shared/data}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}

[ -d "$DATA/medquad" ] || { echo "no $DATA/medquad: give the folder that holds medquad/"; exit 2; }
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests

source bench/wrk-load.sh
bench_setup salus-api-bench

echo "importing MedQuAD into $WORK/data ..."
import_medquad "$DATA"

# The benchmark is one client address: its anonymous limit is raised so that wrk measures the API,
# not the 429 answer.
start_app --salus.api.anonymous-limit=1000000000

BASE="http://127.0.0.1:$APP_PORT"
TOTAL=$(curl -sf "$BASE/api/v1/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
# A typical MedQuAD article: the median-sized of the first 100 under "D" (the largest is ~100 KB).
SLUG=$(python3 - "$BASE" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
items = json.load(urllib.request.urlopen(base + "/api/v1/articles?letter=d&limit=100"))["items"]
sizes = [(len(urllib.request.urlopen(base + "/api/v1/articles/" + i["slug"]).read()), i["slug"])
         for i in items if i["reviewStatus"] == "syndicated"]
sizes.sort()
print(sizes[len(sizes) // 2][1])
PY
)
ARTICLE_BYTES=$(curl -sf "$BASE/api/v1/articles/$SLUG" | wc -c)
LIST_BYTES=$(curl -sf "$BASE/api/v1/articles?limit=20" | wc -c)
CODED=$(curl -sf "$BASE/api/v1/articles?codeSystem=ICD-10-CM&code=E11&limit=20" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')


# One warm-up round over every target first: on a busy machine the JIT is still compiling the API's
# code during the first target's own warm-up (a probe measured one article at 54 req/s first, 586 after).
for url in "$BASE/api/v1/articles/$SLUG" "$BASE/api/v1/articles?limit=20" \
    "$BASE/api/v1/articles?codeSystem=ICD-10-CM&code=E11&limit=20" "$BASE/actuator/health"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r article_rps article_p99 article_err < <(load article "$BASE/api/v1/articles/$SLUG")
read -r list_rps list_p99 list_err < <(load list "$BASE/api/v1/articles?limit=20")
read -r coded_rps coded_p99 coded_err < <(load coded "$BASE/api/v1/articles?codeSystem=ICD-10-CM&code=E11&limit=20")
read -r health_rps health_p99 health_err < <(load health "$BASE/actuator/health")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up; app and wrk share $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "$TOTAL published articles (MedQuAD as syndicated); load average before $load_before, after $load_after"
echo
echo "| target | bytes | req/s | p99 | errors | vs. app floor |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| one article \`/api/v1/articles/$SLUG\` | $ARTICLE_BYTES | $article_rps | $article_p99 | $article_err | $(ratio "$article_rps" "$health_rps") |"
echo "| list \`/api/v1/articles?limit=20\` (total $TOTAL) | $LIST_BYTES | $list_rps | $list_p99 | $list_err | $(ratio "$list_rps" "$health_rps") |"
echo "| list by code \`?codeSystem=ICD-10-CM&code=E11\` ($CODED) | | $coded_rps | $coded_p99 | $coded_err | $(ratio "$coded_rps" "$health_rps") |"
echo "| app floor \`/actuator/health\` | | $health_rps | $health_p99 | $health_err | 100% |"

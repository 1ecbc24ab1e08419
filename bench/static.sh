#!/usr/bin/env bash
# Static edition benchmark (issue 18). Not a test: one run, loopback, figures printed as tables.
#   1. The topic page three ways, each with wrk -t2 -c32 for DURATION after a WARMUP:
#      a. from the static edition through the shipped config (deploy/nginx/salus-static.conf, as
#         scripts/cluster.sh runs it with CLUSTER_STATIC_DIR);
#      b. the same file from a plain prefix of the same nginx (location /plain/ { alias DIR/pages/; },
#         added to the filled-in config for this run only): nginx's own floor for those bytes;
#      c. the app directly (its port, no nginx).
#      Target: a is at least 90% of b.
#      The app writes the whole edition at its first start (its log line, with the time it took, is
#      printed).
#   2. Publish-to-file latency: PUBLISHES corrected revisions of sample articles through the real
#      editorial HTTP flow on the same node (org.salus.node.StaticPublishBench: save, submit, approve,
#      publish now); the time from the publish response to the topic page's file holding the
#      correction (its .gz and .br are renamed into place before it, and checked to match). p50/p99.
#   3. Full export at the issue's size (when ../shared/data holds the data, EXPORT=auto; EXPORT=no
#      skips it): a fresh data folder gets MedQuAD (2,803 articles), the NCI glossary and the Disease
#      Ontology (about 20,000 terms) with the import commands of docs/imports.md and
#      docs/dictionary.md, then `export static` writes the whole edition: pages, wall time, pages/s.
#      Loading takes several minutes: EXPORT_DATA=DIR keeps the loaded folder there, and a later run
#      with the same EXPORT_DATA only exports (DIR/.bench-loaded marks it loaded).
# No request of step 1 sends Accept-Encoding: every side sends the uncompressed page.
# Usage: bash bench/static.sh   (DURATION=10s WARMUP=5s THREADS=2 CONNECTIONS=32 PAGE=/topics/insulin-resistance
#        PUBLISHES=30 EXPORT=auto|yes|no EXPORT_DATA=DIR EXPORT_ARGS= JAVA_OPTS=-Xmx512m
#        EXPORT_JAVA_OPTS="-Xmx1g -XX:TieredStopAtLevel=1", the documented options of a one-off export;
#        SKIP_BUILD=1 uses SALUS_JAR, default target/salus.jar, and target/test-classes as they are)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PAGE=${PAGE:-/topics/insulin-resistance}
PUBLISHES=${PUBLISHES:-30}
EXPORT=${EXPORT:-auto}
EXPORT_ARGS=${EXPORT_ARGS:-}
SHARED_DATA=../shared/data
export JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
EXPORT_JAVA_OPTS=${EXPORT_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}
export SALUS_JAR=${SALUS_JAR:-target/salus.jar}
export SALUS_ADMIN_INITIAL_PASSWORD="bench amber lantern quietly orbits"

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

source bench/wrk-load.sh
WORK=$(mktemp -d -t salus-static-bench.XXXXXX)
chmod 755 "$WORK"   # nginx's workers read the edition in it
export CLUSTER_DIR="$WORK/cluster" CLUSTER_STATIC_DIR="$WORK/edition" CLUSTER_NGINX=yes PG_URL=
cleanup() {
  [ -f "$CLUSTER_DIR/nodes" ] && bash scripts/cluster.sh stop 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "Static edition benchmark, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $(nginx -v 2>&1); load average at the start: $(load_avg)"

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -ntp -q package -DskipTests   # also compiles the test classes
[ -f target/test-classes/org/salus/node/StaticPublishBench.class ] || { echo "no target/test-classes: build first"; exit 1; }
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null

# --- the app and nginx in front of it; the app writes the whole edition at its first start ------
eval "$(bash scripts/cluster.sh start 1)"
for _ in $(seq 1 300); do [ -f "$CLUSTER_STATIC_DIR/edition.json" ] && break; sleep 0.2; done
[ -f "$CLUSTER_STATIC_DIR/edition.json" ] || { echo "no edition after 60 s"; tail -20 "$CLUSTER_DIR/node-1/salus.log"; exit 1; }
echo "edition: $(grep -o 'Static edition in .* written whole.*' "$CLUSTER_DIR/node-1/salus.log" | head -1)"
file="$CLUSTER_STATIC_DIR/pages$PAGE.html"
[ -f "$file" ] || { echo "no file $file in the edition"; exit 1; }

# The plain prefix: a copy of the filled-in config with one more location, nginx reloaded.
nginx_dir="$CLUSTER_DIR/nginx"
sed -i "0,/^    listen 127\.0\.0\.1:$NGINX_PORT;/s##&\n    location /plain/ { alias $CLUSTER_STATIC_DIR/pages/; }#" "$nginx_dir/salus.conf"
grep -q 'location /plain/' "$nginx_dir/salus.conf" || { echo "could not add /plain/"; exit 1; }
nginx -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" -s reload
static_url="http://127.0.0.1:$NGINX_PORT$PAGE"
plain_url="http://127.0.0.1:$NGINX_PORT/plain$PAGE.html"
app_url="http://127.0.0.1:$NODE_PORTS$PAGE"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$plain_url" && break; sleep 0.1; done
# The same bytes, or the comparison means nothing.
cmp <(curl -sf "$static_url") "$file" && cmp <(curl -sf "$plain_url") "$file" \
  || { echo "nginx does not send $file for $PAGE"; exit 1; }

# --- load ---------------------------------------------------------------------------------------
echo "load average before the load: $(load_avg)"
app_requests() { cat "$CLUSTER_DIR"/node-1/access/* | grep -c " $PAGE " || true; }
before=$(app_requests)
read -r static_rps static_p99 static_err <<<"$(load static "$static_url")"
read -r plain_rps plain_p99 plain_err <<<"$(load plain "$plain_url")"
proxied=$(( $(app_requests) - before ))
read -r app_rps app_p99 app_err <<<"$(load app "$app_url")"

echo
echo "$PAGE ($(wc -c <"$file") bytes), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up:"
echo
echo "| served by | requests/s | p99 | errors | vs plain nginx |"
echo "|---|---:|---:|---:|---:|"
echo "| nginx, static edition (salus-static.conf) | $static_rps | $static_p99 | $static_err | $(ratio "$static_rps" "$plain_rps") |"
echo "| nginx, plain prefix (alias) | $plain_rps | $plain_p99 | $plain_err | 100% |"
echo "| the app directly | $app_rps | $app_p99 | $app_err | $(ratio "$app_rps" "$plain_rps") |"
echo
echo "static edition vs the app: $(awk -v a="$static_rps" -v b="$app_rps" 'BEGIN { printf "%.1f", a / b }')x; requests for $PAGE the app answered during the nginx runs: $proxied"

# --- publish-to-file latency ----------------------------------------------------------------------
echo
echo "load average before $PUBLISHES publications: $(load_avg)"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.salus.node.StaticPublishBench \
  "$NODE_PORTS" "$CLUSTER_STATIC_DIR" "$PUBLISHES" | tee "$WORK/publish.txt"
eval "$(grep '^RESULT ' "$WORK/publish.txt" | cut -d' ' -f2-)"   # n p50 p99 max within2s missed siblingsBehind
echo
echo "| publications | publish → file p50 | p99 | max | within 2 s | missed | .gz/.br behind the page |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
echo "| $n | $p50 ms | $p99 ms | $max ms | $within2s | $missed | $siblingsBehind |"
echo "load average after the publications: $(load_avg)"
bash scripts/cluster.sh stop
rm -f "$CLUSTER_DIR/nodes"

# --- full export at the issue's size ----------------------------------------------------------------
if [ "$EXPORT" = no ] || { [ "$EXPORT" = auto ] && [ ! -f "$SHARED_DATA/medquad/medquad-nih-subsets.zip" ]; }; then
  echo
  echo "full export skipped (EXPORT=$EXPORT; $SHARED_DATA/medquad/medquad-nih-subsets.zip is needed)"
  echo "load average at the end: $(load_avg)"
  exit 0
fi
data=${EXPORT_DATA:-$WORK/export-data}
salus() { java $JAVA_OPTS -jar "$SALUS_JAR" --salus.data-dir="$data" "$@"; }
if [ ! -f "$data/.bench-loaded" ]; then
  rm -rf "$data" && mkdir -p "$data"
  echo
  echo "loading MedQuAD, the NCI glossary and the Disease Ontology into $data (several minutes); load average: $(load_avg)"
  # The first start creates the schema, the sample content and the first administrator.
  port=$(free_port)
  salus --server.port="$port" >"$WORK/first-start.log" 2>&1 &
  first=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break; sleep 0.5; done
  kill "$first" && wait "$first" || true
  salus import medquad "$SHARED_DATA/medquad/medquad-nih-subsets.zip" --as=syndicated --crosswalk=none 2>&1 | grep '^import '
  salus import nci-glossary "$SHARED_DATA/nci-cancer-terms/" 2>&1 | grep '^import '
  salus import disease-ontology "$SHARED_DATA/disease-ontology/" 2>&1 | grep '^import '
  touch "$data/.bench-loaded"
fi
edition="$WORK/export-edition"
echo
echo "load average before the export: $(load_avg)"
# shellcheck disable=SC2086
/usr/bin/time -f "%e %U %S" -o "$WORK/export.time" \
  java $EXPORT_JAVA_OPTS -jar "$SALUS_JAR" --salus.data-dir="$data" export static "$edition" \
  --salus.site.base-url=https://health.example.org $EXPORT_ARGS >"$WORK/export.log" 2>&1 \
  || { tail -40 "$WORK/export.log"; exit 1; }
load_after=$(load_avg)
line=$(grep '^export static: wrote' "$WORK/export.log")
echo "$line"
pages=$(sed -E 's/^export static: wrote ([0-9,]+) pages.*/\1/' <<<"$line" | tr -d ,)
took=$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$line")
read -r wall user sys <"$WORK/export.time"
articles=$(find "$edition/pages/topics" "$edition/pages/quizzes" -name '*.html' | wc -l)
terms=$(find "$edition/pages/dictionary" -name '*.html' | wc -l)
echo
echo "| pages | article pages | term pages | export (as printed) | pages/s | whole command, JVM start to exit | CPU (user + sys) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
echo "| $pages | $articles | $terms | $took s | $(awk -v p="$pages" -v t="$took" 'BEGIN { printf "%.0f", p / t }') | $wall s | $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s |"
echo "load average after the export: $load_after"

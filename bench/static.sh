#!/usr/bin/env bash
# Static edition benchmark (issue 18). Not a test: one run, loopback, figures printed as a table.
#   The topic page three ways, each with wrk -t2 -c32 for DURATION after a WARMUP:
#   1. from the static edition through the shipped config (deploy/nginx/salus-static.conf, as
#      scripts/cluster.sh runs it with CLUSTER_STATIC_DIR);
#   2. the same file from a plain prefix of the same nginx (location /plain/ { alias DIR/pages/; },
#      added to the filled-in config for this run only): nginx's own floor for those bytes;
#   3. the app directly (its port, no nginx).
#   Target: 1 is at least 90% of 2.
#   The app writes the whole edition at its first start (its log line, with the time it took, is
#   printed; the export of MedQuAD-sized content and publish-to-file latency are static-core's).
# No request sends Accept-Encoding: every side sends the uncompressed page.
# Usage: bash bench/static.sh   (DURATION=10s WARMUP=5s THREADS=2 CONNECTIONS=32 PAGE=/topics/insulin-resistance
#        JAVA_OPTS=-Xmx512m; SKIP_BUILD=1 uses SALUS_JAR, default target/salus.jar, as it is)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PAGE=${PAGE:-/topics/insulin-resistance}
export JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
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

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -ntp -q package -DskipTests

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
echo "load average at the end: $(load_avg)"

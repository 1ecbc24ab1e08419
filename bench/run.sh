#!/usr/bin/env bash
# Load benchmark of the reader's hot path, on loopback only. Starts target/salus.jar on a fresh
# embedded database, and in one run loads with wrk:
#   1. the topic page           GET /topics/insulin-resistance
#   2. the framework's floor    GET /actuator/health  (the app's cheapest endpoint)
#   3. the machine's limit      nginx serving the same page's saved HTML from a temp prefix
# then prints req/s, p99 latency, errors and the ratios as a Markdown table.
# Usage: bench/run.sh            (DURATION=15s WARMUP=5s THREADS=2 CONNECTIONS=32 to change)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)
WORK=$(mktemp -d -t salus-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers run as an unprivileged user
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

java -jar target/salus.jar --server.port="$APP_PORT" --salus.data-dir="$WORK/data" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "app did not start"; cat "$WORK/app.log"; exit 1; }

mkdir -p "$WORK/nginx/html/topics" "$WORK/nginx/logs"
curl -sf "http://127.0.0.1:$APP_PORT/topics/insulin-resistance" > "$WORK/nginx/html/topics/insulin-resistance.html"
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1; daemon off; pid nginx.pid; error_log logs/error.log warn;
events { worker_connections 1024; }
http { access_log off; sendfile on; default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root html; location / { } } }
NGINX
"$NGINX" -p "$WORK/nginx" -c nginx.conf &
NGINX_PID=$!
sleep 1

source bench/wrk-load.sh

read -r page_rps page_p99 page_err < <(load page "http://127.0.0.1:$APP_PORT/topics/insulin-resistance")
read -r health_rps health_p99 health_err < <(load health "http://127.0.0.1:$APP_PORT/actuator/health")
read -r nginx_rps nginx_p99 nginx_err < <(load nginx "http://127.0.0.1:$NGINX_PORT/topics/insulin-resistance.html")
page_bytes=$(wc -c < "$WORK/nginx/html/topics/insulin-resistance.html")

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up; app, nginx and wrk share $(nproc) cores; page $page_bytes bytes"
echo
echo "| target | req/s | p99 | errors | vs. app floor | vs. nginx |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| topic page \`/topics/insulin-resistance\` | $page_rps | $page_p99 | $page_err | $(ratio "$page_rps" "$health_rps") | $(ratio "$page_rps" "$nginx_rps") |"
echo "| app floor \`/actuator/health\` | $health_rps | $health_p99 | $health_err | 100% | $(ratio "$health_rps" "$nginx_rps") |"
echo "| nginx, same page as a static file | $nginx_rps | $nginx_p99 | $nginx_err | | 100% |"

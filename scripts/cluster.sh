#!/usr/bin/env bash
# Several Salus app nodes on one PostgreSQL, with nginx in front: the cluster test (ClusterIT)
# and bench/cluster.sh use it; so can you, to try a multi-node site on one machine.
#
#   export PG_URL=jdbc:postgresql://127.0.0.1:5432/salus PG_USER=salus PG_PASSWORD=salus
#   eval "$(bash scripts/cluster.sh start 2)"   # N nodes (default 2) + nginx; prints export lines
#   bash scripts/cluster.sh status
#   bash scripts/cluster.sh kill 2              # SIGKILL node 2 (a crash)
#   bash scripts/cluster.sh start-node 2        # start node 2 again: same port, same data folder
#   bash scripts/cluster.sh stop                # stop everything, remove CLUSTER_DIR
#
# Each node runs target/salus.jar (SALUS_JAR) on a free loopback port with its own data folder
# (the search index is per node) in CLUSTER_DIR/node-I: data/, salus.log, access/ (Tomcat's access
# log), port, pid. nginx runs deploy/nginx/salus.conf with its upstream servers and listen line
# replaced (CLUSTER_DIR/nginx). Optional: JAVA_OPTS (JVM flags) and NODE_ARGS (application flags,
# e.g. --salus.api.anonymous-limit=100000) for every node, CLUSTER_NGINX=auto|yes|no (default auto:
# when installed), SALUS_ADMIN_INITIAL_PASSWORD (the first administrator's), CLUSTER_DIR.
# One node needs no PostgreSQL: without PG_URL, "start 1" runs it on its own embedded database.
#
# The static edition (docs/nginx.md): CLUSTER_STATIC_DIR=DIR runs deploy/nginx/salus-static.conf
# instead, serving DIR/pages, and node 1 writes the edition there (--salus.static.dir=DIR):
#   CLUSTER_STATIC_DIR=/tmp/salus-static bash scripts/cluster.sh start 1
# The first node starts alone (on an empty database it creates the schema, the sample content and
# the first administrator, which two nodes must not race to do), the others then together.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${SALUS_JAR:-target/salus.jar}
NGINX_BIN=${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}
NGINX_MODULES=${NGINX_MODULES:-/usr/lib/nginx/modules}
START_TIMEOUT=${START_TIMEOUT:-180}

say() { echo "cluster: $*" >&2; }
die() { say "$*"; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

require_dir() {
  [ -n "${CLUSTER_DIR:-}" ] && [ -d "$CLUSTER_DIR" ] || die "CLUSTER_DIR is not set or gone (eval the output of 'start')"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts node I (its port and folder are kept across restarts) in the background.
launch_node() {
  local i=$1 dir="$CLUSTER_DIR/node-$1"
  mkdir -p "$dir/data" "$dir/access"
  [ -f "$dir/port" ] || free_port >"$dir/port"
  local port; port=$(cat "$dir/port")
  # The password goes by environment, never on the command line (ps shows that to everyone).
  # Without PG_URL (one node) the node keeps its embedded database in its data folder.
  local database=() edition=()
  [ -z "${PG_URL:-}" ] || database=(SPRING_DATASOURCE_URL="$PG_URL" SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD")
  # One writer of the static edition: node 1.
  [ -z "${STATIC_DIR:-}" ] || [ "$i" != 1 ] || edition=(--salus.static.dir="$STATIC_DIR")
  env "${database[@]}" \
    setsid java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --salus.data-dir="$dir/data" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$dir/access" \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.rotate=false "${edition[@]}" ${NODE_ARGS:-} \
    >>"$dir/salus.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  say "node $i starting on 127.0.0.1:$port (pid $!, log $dir/salus.log)"
}

# Waits until node I answers readiness UP; fails (with the log's end) if it dies or takes too long.
await_node() {
  local i=$1 dir="$CLUSTER_DIR/node-$1" deadline=$((SECONDS + START_TIMEOUT))
  local port; port=$(cat "$dir/port")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! alive "$dir/pid"; then tail -n 40 "$dir/salus.log" >&2; die "node $i exited during start"; fi
    [ $SECONDS -lt $deadline ] || { tail -n 40 "$dir/salus.log" >&2; die "node $i not up after ${START_TIMEOUT}s"; }
    sleep 0.2
  done
  say "node $i up on 127.0.0.1:$port"
}

# deploy/nginx/salus.conf (or salus-static.conf) with this cluster's nodes and port, inside a
# minimal main config.
start_nginx() {
  local dir="$CLUSTER_DIR/nginx" ports="" i conf=salus.conf
  [ -z "${STATIC_DIR:-}" ] || conf=salus-static.conf
  for ((i = 1; i <= $(cat "$CLUSTER_DIR/nodes"); i++)); do ports="$ports $(cat "$CLUSTER_DIR/node-$i/port")"; done
  # nginx's worker (not root) buffers large bodies in files: a folder it may reach, outside CLUSTER_DIR.
  mkdir -p "$dir"
  [ -f "$dir/temp-path" ] || mktemp -d -t salus-nginx.XXXXXX >"$dir/temp-path"
  local temp; temp=$(cat "$dir/temp-path"); chmod 777 "$temp"
  free_port >"$dir/port"
  # The includes resolve against the main config's folder, as against /etc/nginx in production.
  rm -rf "$dir/snippets"; cp -r deploy/nginx/snippets "$dir/snippets"
  local modules="" brotli=1
  if [ -f "$NGINX_MODULES/ngx_http_brotli_static_module.so" ]; then
    modules="load_module $NGINX_MODULES/ngx_http_brotli_static_module.so;"
  elif [ "$conf" = salus-static.conf ]; then
    brotli=0; say "no Brotli module (apt-get install libnginx-mod-http-brotli-static): .br files are not sent"
  fi
  awk -v ports="$ports" -v listen="127.0.0.1:$(cat "$dir/port")" -v static="${STATIC_DIR:-}" -v brotli="$brotli" '
    /^[[:space:]]*server 127\.0\.0\.1:[0-9]+[ ;]/ {
      if (!done) {
        opts = $0; sub(/^[[:space:]]*server [^ ;]+/, "", opts)
        n = split(ports, p, " ")
        for (k = 1; k <= n; k++) printf "    server 127.0.0.1:%s%s\n", p[k], opts
        done = 1
      }
      next
    }
    /^[[:space:]]*listen 80;/ { sub(/listen 80;/, "listen " listen ";") }
    /^[[:space:]]*brotli_static on;/ && !brotli { next }
    static != "" && !/^[[:space:]]*#/ { gsub(/\/var\/lib\/salus\/static/, static) }
    { print }' "deploy/nginx/$conf" >"$dir/salus.conf"
  # The example must keep the shape this fills in: "listen 80;" and "server 127.0.0.1:PORT ..." lines.
  grep -q "listen 127.0.0.1:$(cat "$dir/port");" "$dir/salus.conf" \
    && [ "$(grep -c '^    server 127\.0\.0\.1:' "$dir/salus.conf")" -eq "$(wc -w <<<"$ports")" ] \
    || die "deploy/nginx/$conf lost its 'listen 80;' or 'server 127.0.0.1:PORT' lines; cannot fill it in"
  [ -z "${STATIC_DIR:-}" ] || [ "$(grep -cF "$STATIC_DIR/" "$dir/salus.conf")" -eq 3 ] \
    || die "deploy/nginx/$conf lost its three /var/lib/salus/static lines (root, retired pages); cannot fill it in"
  local types=""
  [ ! -f /etc/nginx/mime.types ] || types="include /etc/nginx/mime.types;"
  cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
$modules
events { worker_connections 1024; }
http {
    $types
    sendfile on;
    access_log $dir/access.log;
    client_body_temp_path $temp/body;
    proxy_temp_path $temp/proxy;
    fastcgi_temp_path $temp/fastcgi;
    uwsgi_temp_path $temp/uwsgi;
    scgi_temp_path $temp/scgi;
    include $dir/salus.conf;
}
EOF
  "$NGINX_BIN" -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "nginx refused $dir/nginx.conf"
  setsid "$NGINX_BIN" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" >>"$dir/error.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  local deadline=$((SECONDS + 20))
  until curl -sf -o /dev/null "http://127.0.0.1:$(cat "$dir/port")/"; do
    alive "$dir/pid" || { cat "$dir/error.log" >&2; die "nginx exited"; }
    [ $SECONDS -lt $deadline ] || die "nginx not answering after 20s"
    sleep 0.1
  done
  say "nginx up on 127.0.0.1:$(cat "$dir/port") (pid $(cat "$dir/pid"))"
}

want_nginx() {
  case "${CLUSTER_NGINX:-auto}" in
    no) return 1 ;;
    yes) [ -x "$NGINX_BIN" ] || die "CLUSTER_NGINX=yes but nginx is not installed (apt-get install nginx)"; return 0 ;;
    *) [ -x "$NGINX_BIN" ] ;;
  esac
}

# Export lines for eval: where everything is.
print_exports() {
  local ports="" pids="" i
  for ((i = 1; i <= $(cat "$CLUSTER_DIR/nodes"); i++)); do
    ports="$ports $(cat "$CLUSTER_DIR/node-$i/port")"; pids="$pids $(cat "$CLUSTER_DIR/node-$i/pid")"
  done
  echo "export CLUSTER_DIR=$CLUSTER_DIR NODE_PORTS='${ports# }' NODE_PIDS='${pids# }'"
  if [ -f "$CLUSTER_DIR/nginx/port" ]; then
    echo "export NGINX_PORT=$(cat "$CLUSTER_DIR/nginx/port") NGINX_PID=$(cat "$CLUSTER_DIR/nginx/pid")"
  fi
  [ -z "${STATIC_DIR:-}" ] || echo "export CLUSTER_STATIC_DIR=$STATIC_DIR"
}

stop_pid() {   # TERM, then KILL after 20 s
  local pidfile=$1
  alive "$pidfile" || return 0
  local pid; pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}

stop_all() {
  stop_pid "$CLUSTER_DIR/nginx/pid"
  [ -f "$CLUSTER_DIR/nginx/temp-path" ] && rm -rf "$(cat "$CLUSTER_DIR/nginx/temp-path")"
  for dir in "$CLUSTER_DIR"/node-*; do stop_pid "$dir/pid" & done
  wait
}

cmd=${1:-}
case "$cmd" in
  start)
    n=${2:-2}
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "usage: cluster.sh start [N]"
    [ -n "${PG_URL:-}" ] || [ "$n" = 1 ] || die "set PG_URL (and PG_USER, PG_PASSWORD) to the PostgreSQL database the nodes share"
    PG_URL=${PG_URL:-} PG_USER=${PG_USER:-salus} PG_PASSWORD=${PG_PASSWORD:-salus}
    STATIC_DIR=${CLUSTER_STATIC_DIR:-}
    if [ -n "$STATIC_DIR" ]; then mkdir -p "$STATIC_DIR/pages"; STATIC_DIR=$(cd "$STATIC_DIR" && pwd); fi
    # nginx's workers run as "nobody" under a root master: they must reach the files, or every
    # page quietly goes to the app.
    if [ -n "$STATIC_DIR" ] && [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null \
      && ! setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$STATIC_DIR/pages"; then
      die "nginx's workers (user nobody) cannot enter $STATIC_DIR/pages: chmod o+x it and the folders above it"
    fi
    [ -f "$JAR" ] || die "$JAR is missing: ./mvnw -B -ntp package -DskipTests"
    CLUSTER_DIR=${CLUSTER_DIR:-$(mktemp -d -t salus-cluster.XXXXXX)}
    mkdir -p "$CLUSTER_DIR"
    echo "$n" >"$CLUSTER_DIR/nodes"
    # A start that fails half-way stops what it started; the logs stay for a look.
    trap 'say "start failed: stopping what was started (logs in $CLUSTER_DIR)"; stop_all' EXIT
    # What start-node needs later (readable by root only: it holds the database password).
    (umask 077; printf 'PG_URL=%q\nPG_USER=%q\nPG_PASSWORD=%q\nJAVA_OPTS=%q\nNODE_ARGS=%q\nJAR=%q\nSTATIC_DIR=%q\n' \
      "$PG_URL" "$PG_USER" "$PG_PASSWORD" "${JAVA_OPTS:-}" "${NODE_ARGS:-}" "$JAR" "$STATIC_DIR" >"$CLUSTER_DIR/env")
    launch_node 1 && await_node 1
    for ((i = 2; i <= n; i++)); do launch_node "$i"; done
    for ((i = 2; i <= n; i++)); do await_node "$i"; done
    if want_nginx; then start_nginx; else say "no nginx (CLUSTER_NGINX=${CLUSTER_NGINX:-auto}); nodes only"; fi
    trap - EXIT
    print_exports
    ;;
  start-node)
    require_dir; i=${2:?usage: cluster.sh start-node I}
    # shellcheck disable=SC1091
    source "$CLUSTER_DIR/env"
    alive "$CLUSTER_DIR/node-$i/pid" && die "node $i is running (pid $(cat "$CLUSTER_DIR/node-$i/pid"))"
    launch_node "$i" && await_node "$i"
    print_exports
    ;;
  kill)
    require_dir; i=${2:?usage: cluster.sh kill I}
    pidfile="$CLUSTER_DIR/node-$i/pid"
    alive "$pidfile" || die "node $i is not running"
    kill -KILL "$(cat "$pidfile")"
    while kill -0 "$(cat "$pidfile")" 2>/dev/null; do sleep 0.05; done
    say "node $i killed (SIGKILL)"
    ;;
  status)
    require_dir
    for ((i = 1; i <= $(cat "$CLUSTER_DIR/nodes"); i++)); do
      state=down; alive "$CLUSTER_DIR/node-$i/pid" && state="pid $(cat "$CLUSTER_DIR/node-$i/pid")"
      echo "node $i 127.0.0.1:$(cat "$CLUSTER_DIR/node-$i/port") $state"
    done
    [ -f "$CLUSTER_DIR/nginx/port" ] && echo "nginx 127.0.0.1:$(cat "$CLUSTER_DIR/nginx/port")"
    exit 0
    ;;
  stop)
    require_dir
    stop_all
    [ "${KEEP_CLUSTER_DIR:-}" = 1 ] || rm -rf "$CLUSTER_DIR"
    say "stopped"
    ;;
  *)
    sed -n '2,24p' "$0" >&2
    exit 2
    ;;
esac

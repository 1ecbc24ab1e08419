#!/usr/bin/env bash
# Several nodes benchmark (issue 14). Not a test: it measures and prints a Markdown table.
#   1. Commit on node A -> visible on node B: two nodes from the packaged jar on one private
#      PostgreSQL (scripts/cluster.sh start 2, nginx in front); N corrected revisions published on A
#      through the editorial HTTP flow (org.salus.node.ClusterBench); B's topic page polled every
#      5 ms. p50 / p99 / max, and how many were visible within 1 s and 2 s.
#   2. Through nginx with both nodes vs node A directly: GET /topics/insulin-resistance with wrk,
#      alternated ROUNDS times. On 2 cores two nodes cannot double anything: wrk, nginx and both
#      JVMs share them.
#   3. One node before the change log (BEFORE_COMMIT, built from a temporary git worktree) and
#      after it (this tree), each alone on a fresh PostgreSQL database, same page, ROUNDS rounds
#      (a fresh database and JVM each time, warmed up for SINGLE_WARMUP).
# Rounds alternate, and every second round reverses the order (A B, B A, ...) so the JIT's and the
# neighbours' trends do not always favour the same side; a figure is the mean of its rounds.
# The machine is shared with other work: the load average is printed at each stage.
# Usage: bash bench/cluster.sh   (N=200 ROUNDS=2 DURATION=10s WARMUP=5s SINGLE_WARMUP=15s THREADS=2 CONNECTIONS=32
#        JAVA_OPTS=-Xmx512m BEFORE_COMMIT=372b656; BEFORE_JAR=path skips building the old jar)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-200}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
SINGLE_WARMUP=${SINGLE_WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
BEFORE_COMMIT=${BEFORE_COMMIT:-372b656}
PAGE=/topics/insulin-resistance
export SALUS_ADMIN_INITIAL_PASSWORD="bench amber lantern quietly orbits"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

source bench/wrk-load.sh
WORK=$(mktemp -d -t salus-cluster-bench.XXXXXX)
APP_PID=""
BEFORE_SRC=""
CLUSTER_DIR=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$CLUSTER_DIR" ] && CLUSTER_DIR="$CLUSTER_DIR" bash scripts/cluster.sh stop 2>/dev/null
  [ -n "$BEFORE_SRC" ] && git worktree remove --force "$BEFORE_SRC" 2>/dev/null
  [ -n "${PGDATA:-}" ] && bash scripts/pg-stop.sh
  rm -rf "$WORK"
}
trap cleanup EXIT
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "Several nodes benchmark, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); load average at the start: $(load_avg)"

# --- the two jars -------------------------------------------------------------------------------
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
cp target/salus.jar "$WORK/after.jar"
AFTER_REV=$(git rev-parse --short HEAD)
if [ -n "${BEFORE_JAR:-}" ]; then
  cp "$BEFORE_JAR" "$WORK/before.jar"
else
  BEFORE_SRC="$WORK/before-src"
  git worktree add -q --detach "$BEFORE_SRC" "$BEFORE_COMMIT"
  (cd "$BEFORE_SRC" && ./mvnw -B -ntp -q package -DskipTests -Dmaven.test.skip=true)
  cp "$BEFORE_SRC/target/salus.jar" "$WORK/before.jar"
  git worktree remove --force "$BEFORE_SRC"
  BEFORE_SRC=""
fi
echo "jars built ($BEFORE_COMMIT before, $AFTER_REV after); load average: $(load_avg)"

eval "$(bash scripts/pg-start.sh)"
psql_admin() { runuser -u postgres -- "$PGBIN/psql" -h "$PGDATA" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

# --- 1. commit on A -> visible on B, and 2. nginx with two nodes vs one node ------------------
eval "$(SALUS_JAR="$WORK/after.jar" JAVA_OPTS="$JAVA_OPTS" CLUSTER_NGINX=yes CLUSTER_DIR="$WORK/cluster" \
  PG_URL="$PG_URL" PG_USER="$PG_USER" PG_PASSWORD="$PG_PASSWORD" bash scripts/cluster.sh start 2)"
read -r PORT_A PORT_B <<<"$NODE_PORTS"
echo "cluster up (nodes $PORT_A, $PORT_B, nginx $NGINX_PORT); $N publications on A; load average: $(load_avg)"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.salus.node.ClusterBench \
  "$PORT_A" "$PORT_B" "$N" | tee "$WORK/visible.txt"
eval "$(grep '^RESULT ' "$WORK/visible.txt" | cut -d' ' -f2-)"   # n p50 p99 max within1s within2s missed flowP50
echo "load average after the publications: $(load_avg)"

# Rounds of loads of two "name:url" targets, alternating, the order reversed every second round.
rounds() {
  local round target name url
  for ((round = 1; round <= ROUNDS; round++)); do
    for target in $( ((round % 2)) && echo "$1 $2" || echo "$2 $1"); do
      name=${target%%:*}; url=${target#*:}
      load "$name-$round" "$url" >>"$WORK/$name.rounds"
    done
  done
}
summary() {   # NAME -> "mean_rps per_round worst_p99 errors"
  awk '{ sum += $1; per = per (per ? "/" : "") int($1 + 0.5); err += $3
         ms = $2; if (ms ~ /us$/) ms = ms / 1000; else if (ms ~ /ms$/) ms = ms + 0; else if (ms ~ /s$/) ms = ms * 1000
         if (ms > worst) worst = ms }
       END { printf "%d %s %.0fms %d\n", sum / NR + 0.5, per, worst, err }' "$WORK/$1.rounds"
}
rounds "direct:http://127.0.0.1:$PORT_A$PAGE" "nginx:http://127.0.0.1:$NGINX_PORT$PAGE"
read -r direct_rps direct_per direct_p99 direct_err < <(summary direct)
read -r nginx_rps nginx_per nginx_p99 nginx_err < <(summary nginx)
echo "load average after the cluster loads: $(load_avg)"
CLUSTER_DIR="$WORK/cluster" bash scripts/cluster.sh stop
CLUSTER_DIR=""

# --- 3. one node before and after the change log, each alone on a fresh database ---------------
single() {   # JAR DB: start the jar alone on a new database, load the page, stop it
  psql_admin -c "CREATE DATABASE $2 OWNER salus"
  local port; port=$(free_port)
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$2" SPRING_DATASOURCE_USERNAME="$PG_USER" \
    SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" java $JAVA_OPTS -jar "$1" --server.port="$port" \
    --salus.data-dir="$WORK/$2" >"$WORK/$2.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break; sleep 1; done
  curl -sf -o /dev/null "http://127.0.0.1:$port$PAGE" || { tail -40 "$WORK/$2.log"; exit 1; }
  WARMUP=$SINGLE_WARMUP load "${2%_*}-${2##*_}" "http://127.0.0.1:$port$PAGE" >>"$WORK/${2%_*}.rounds"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}
for ((round = 1; round <= ROUNDS; round++)); do
  if ((round % 2)); then
    single "$WORK/before.jar" "before_$round"; single "$WORK/after.jar" "after_$round"
  else
    single "$WORK/after.jar" "after_$round"; single "$WORK/before.jar" "before_$round"
  fi
done
read -r before_rps before_per before_p99 before_err < <(summary before)
read -r after_rps after_per after_p99 after_err < <(summary after)
echo "load average at the end: $(load_avg); run time $((SECONDS / 60)) min $((SECONDS % 60)) s"

echo
echo "Two nodes (jar of $AFTER_REV, $JAVA_OPTS) on one PostgreSQL, nginx in front (scripts/cluster.sh: access logs on); wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up ($SINGLE_WARMUP for a fresh single node), $ROUNDS alternating rounds, GET $PAGE; JVMs, PostgreSQL, nginx and wrk share $(nproc) cores with other work"
echo
echo "| measure | figure | target |"
echo "|---|---:|---|"
echo "| commit on A → visible on B, p50 / p99 / max ($n publications) | $p50 / $p99 / $max ms | p99 ≤ 1,000 ms |"
echo "| visible on B within 1 s / within 2 s | $within1s / $within2s of $n | |"
echo "| editorial flow on A per publication (save, submit, approve, publish), p50 | $flowP50 ms | |"
echo "| topic page, one node before the change log ($BEFORE_COMMIT) | $before_rps req/s ($before_per), p99 $before_p99, errors $before_err | |"
echo "| topic page, one node after ($AFTER_REV) | $after_rps req/s ($after_per), p99 $after_p99, errors $after_err | ≥ 95% of before |"
echo "| after vs before | **$(ratio "$after_rps" "$before_rps")** | |"
echo "| topic page, node A directly (node B idle) | $direct_rps req/s ($direct_per), p99 $direct_p99, errors $direct_err | |"
echo "| topic page through nginx, two nodes | $nginx_rps req/s ($nginx_per), p99 $nginx_p99, errors $nginx_err | |"
echo "| nginx + two nodes vs one node | **$(ratio "$nginx_rps" "$direct_rps")** | cannot double on $(nproc) cores |"

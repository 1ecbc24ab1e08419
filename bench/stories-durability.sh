#!/usr/bin/env bash
# Durability of story submissions: 8 client threads submit stories to the jar on its embedded
# H2 database; after SECONDS (default 20) the server is killed with SIGKILL mid-load, restarted,
# and every submission that got the confirmation page must be in the database.
# Prints submissions/s and the count of acknowledged vs stored submissions.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_BEFORE_KILL=${SECONDS_BEFORE_KILL:-20}
[ -f target/salus.jar ] || ./mvnw -B -ntp -q package -DskipTests
H2JAR=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort -V | tail -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d -t salus-durability.XXXXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

start_app() {
  java -jar target/salus.jar --server.port="$PORT" --salus.data-dir="$WORK/data" \
    --salus.stories.submissions-per-hour=100000000 >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return; sleep 1; done
  echo "app did not start"; tail -50 "$WORK/app.log"; exit 1
}

start_app
python3 bench/submit_stories.py "http://127.0.0.1:$PORT" "$APP_PID" "$SECONDS_BEFORE_KILL" "$WORK/acked.txt"
wait "$APP_PID" 2>/dev/null || true
start_app                                    # recovery after the crash
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/salus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
  -user sa -sql "SELECT REGEXP_SUBSTR(body, 'durability-[0-9]+-[0-9]+') FROM story WHERE body LIKE '%durability-%'" \
  | grep -o 'durability-[0-9]*-[0-9]*' | sort -u > "$WORK/stored.txt"
sort -u "$WORK/acked.txt" | grep . > "$WORK/acked.sorted" || true
lost=$(comm -23 "$WORK/acked.sorted" "$WORK/stored.txt" | wc -l)
echo "acknowledged: $(wc -l < "$WORK/acked.sorted"), stored: $(wc -l < "$WORK/stored.txt"), acknowledged but lost: $lost"
[ "$lost" -eq 0 ]

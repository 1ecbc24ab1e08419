#!/usr/bin/env bash
# Starts a private PostgreSQL cluster in a temporary folder on a free loopback port, with a
# database and role "salus". Prints 'export ...' lines; use as:  eval "$(bash scripts/pg-start.sh)"
# Stop it with scripts/pg-stop.sh (reads PGBIN and PGDATA from the environment).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PGDATA=$(mktemp -d -t salus-pg.XXXXXX)
chown postgres:postgres "$PGDATA"
# Unix socket: trust (the admin step below); TCP: scram passwords, as in production.
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
runuser -u postgres -- "$PGBIN/psql" -h "$PGDATA" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE salus LOGIN PASSWORD 'salus'" -c "CREATE DATABASE salus OWNER salus"
echo "export PGBIN=$PGBIN PGDATA=$PGDATA PGPORT=$PGPORT PG_URL=jdbc:postgresql://127.0.0.1:$PGPORT/salus PG_USER=salus PG_PASSWORD=salus"

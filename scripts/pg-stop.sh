#!/usr/bin/env bash
# Stops and removes the cluster that scripts/pg-start.sh started (PGBIN and PGDATA from the environment).
set -u
[ -n "${PGDATA:-}" ] && [ -d "$PGDATA" ] || exit 0
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
rm -rf "$PGDATA"

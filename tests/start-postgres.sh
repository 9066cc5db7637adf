#!/usr/bin/env bash
# Starts a private PostgreSQL server for the tests (Debian's postgresql package, installed if
# missing) on a loopback port, and prints the connection string. Idempotent: a server already
# running from an earlier call is reused.
set -euo pipefail
port=${EMULATIONDOCS_PG_PORT:-55432}
data=${EMULATIONDOCS_PG_DATA:-/tmp/emulationdocs-pg}
sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# PostgreSQL refuses to run as root: run it as the postgres user the package creates.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else $sudo -u postgres bash -c "$*"; fi; }

if ! as_postgres "$bin/pg_ctl -D $data status" >/dev/null 2>&1; then
  if [ ! -f "$data/PG_VERSION" ]; then
    $sudo mkdir -p "$data" && $sudo chown postgres:postgres "$data"
    as_postgres "$bin/initdb -D $data -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
  fi
  as_postgres "$bin/pg_ctl -D $data -l $data/server.log -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off' start" >/dev/null
fi
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=100"

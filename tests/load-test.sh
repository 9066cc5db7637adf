#!/usr/bin/env bash
# Load test of the web app: starts it (Release, SQLite, a temporary data folder, demo organisation)
# on 127.0.0.1:5090, runs 50 virtual users for 60 seconds, each pausing about 1 s between requests as a
# person would (± 50 %, users starting at random moments; "lockstep" as fourth argument makes every user act in the
# same instant with fixed pauses).
# Usage: bash tests/load-test.sh [users] [seconds] [think-milliseconds] [lockstep]
# EMULATIONDOCS_LOAD_DATABASE=postgresql runs the app on a fresh database of the tests' private PostgreSQL
# (tests/start-postgres.sh; note that server runs with fsync off) instead of SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-50}; seconds=${2:-60}; think=${3:-1000}; mode=${4:-}
data=$(mktemp -d)
dotnet build -c Release -nologo -v quiet src/EmulationDocs.Web
dotnet build -c Release -nologo -v quiet tests/EmulationDocs.LoadTest
database=()
if [ "${EMULATIONDOCS_LOAD_DATABASE:-sqlite}" = postgresql ]; then
  admin=$(bash tests/start-postgres.sh)
  name="edocs_load_$(date +%s)"
  psql -h 127.0.0.1 -p "${EMULATIONDOCS_PG_PORT:-55432}" -U postgres -d postgres -qc "CREATE DATABASE $name" >/dev/null
  database=(--Database:Provider PostgreSql --Database:ConnectionString "${admin/Database=postgres/Database=$name}")
fi
dotnet run -c Release --no-build --project src/EmulationDocs.Web -- --demo --urls http://127.0.0.1:5090 --DataDirectory "$data" "${database[@]}" \
  --Deadlines:Enabled false --Delivery:Enabled false --Accounts:SignInLimit:PermitLimit 100000 \
  --Logging:LogLevel:Default Warning > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5090/health >/dev/null && break; sleep 1; done
dotnet run -c Release --no-build --project tests/EmulationDocs.LoadTest -- http://127.0.0.1:5090 "$users" "$seconds" "$think" $mode

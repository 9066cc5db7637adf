#!/usr/bin/env bash
# Load test of the web app: starts it (Release, SQLite, a temporary data folder, demo organisation)
# on 127.0.0.1:5090, runs 50 virtual users for 60 seconds, each pausing about 1 s between requests as a
# person would (± 50 %, users starting at random moments; "lockstep" as fourth argument makes every user act in the
# same instant with fixed pauses).
# Usage: bash tests/load-test.sh [users] [seconds] [think-milliseconds] [lockstep]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-50}; seconds=${2:-60}; think=${3:-1000}; mode=${4:-}
data=$(mktemp -d)
dotnet build -c Release -nologo -v quiet src/EmulationDocs.Web
dotnet build -c Release -nologo -v quiet tests/EmulationDocs.LoadTest
dotnet run -c Release --no-build --project src/EmulationDocs.Web -- --urls http://127.0.0.1:5090 --DataDirectory "$data" \
  --Deadlines:Enabled false --Delivery:Enabled false --Logging:LogLevel:Default Warning > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5090/health >/dev/null && break; sleep 1; done
dotnet run -c Release --no-build --project tests/EmulationDocs.LoadTest -- http://127.0.0.1:5090 "$users" "$seconds" "$think" $mode

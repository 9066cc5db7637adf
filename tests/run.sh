#!/usr/bin/env bash
# Runs every test of EmulationDocs on a fresh Debian machine with only the .NET SDK: installs the
# real components the tests use (LibreOffice to open every generated .docx, poppler's pdftotext to
# read the PDFs back, Liberation 2 fonts metric-compatible with Times New Roman, with Vietnamese letters, PostgreSQL for the
# database tests that run on both SQLite and PostgreSQL, Debian's Chromium for the browser tests),
# starts a private PostgreSQL server, builds the solution and runs each test project. Ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Liberation 2.x: Times New Roman metrics with the Vietnamese letters (1.x has none, and LibreOffice then draws them in
# another family).
{ command -v fc-list >/dev/null 2>&1 && fc-list ':lang=vi' family | grep -qi "Liberation Serif"; } || missing+=(fonts-liberation2 fontconfig)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

EMULATIONDOCS_TEST_POSTGRES=$(bash tests/start-postgres.sh)
export EMULATIONDOCS_TEST_POSTGRES

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# dotnet-ef, the local tool of .config/dotnet-tools.json that tests/add-migration.sh uses.
dotnet tool restore
dotnet build EmulationDocs.sln -c Release -nologo -v quiet

log=$(mktemp)
status=0
for project in tests/*Tests/*Tests.csproj; do
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$log" || status=1
done

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

#!/usr/bin/env bash
# Adds an EF Core migration for both databases after a change to the model (EmulationDocsDbContext or an entity):
#   tests/add-migration.sh <Name>
# dotnet-ef (the local tool in .config/dotnet-tools.json) writes one migration per provider, with its model snapshot,
# to src/EmulationDocs.Core/Persistence/Migrations/Sqlite and .../PostgreSql. Read both before committing them;
# MigrationTests fails while the model has changes that no migration holds.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tests/add-migration.sh <MigrationName>}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet build src/EmulationDocs.Core -nologo -v quiet
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --no-build --project src/EmulationDocs.Core \
    --context "${provider}EmulationDocsDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done

using Microsoft.EntityFrameworkCore.Design;

namespace EmulationDocs.Core.Persistence;

// dotnet-ef builds the contexts through these, without the web host (tests/add-migration.sh). Adding a migration or
// checking for model changes needs no database; the app applies migrations itself at start-up (DatabaseFactory.MigrateAsync).

internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteEmulationDocsDbContext>
{
    public SqliteEmulationDocsDbContext CreateDbContext(string[] args) =>
        new(SqliteEmulationDocsDbContext.OptionsFor("Data Source=design-time.db"));
}

internal sealed class PostgreSqlDesignTimeContext : IDesignTimeDbContextFactory<PostgreSqlEmulationDocsDbContext>
{
    public PostgreSqlEmulationDocsDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlEmulationDocsDbContext.OptionsFor("Host=localhost;Database=emulationdocs"));
}

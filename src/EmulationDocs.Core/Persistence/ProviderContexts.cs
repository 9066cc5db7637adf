using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Persistence;

/// <summary>The model on SQLite; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteEmulationDocsDbContext(DbContextOptions<SqliteEmulationDocsDbContext> options) : EmulationDocsDbContext(options)
{
    public static DbContextOptions<SqliteEmulationDocsDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<SqliteEmulationDocsDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqliteConnectionSetup.Instance)
            .Options;
}

/// <summary>The model on PostgreSQL; its migrations are in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlEmulationDocsDbContext(DbContextOptions<PostgreSqlEmulationDocsDbContext> options) : EmulationDocsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        // Searches are "contains" (LIKE '%…%'): a trigram index answers them without reading every document or user.
        model.HasPostgresExtension("pg_trgm");
        model.Entity<Workflows.Runtime.WorkflowInstance>().HasIndex(i => i.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        model.Entity<Organisation.User>().HasIndex(u => u.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        model.Entity<Awards.AwardRecord>().HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }

    public static DbContextOptions<PostgreSqlEmulationDocsDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<PostgreSqlEmulationDocsDbContext>()
            .UseNpgsql(connectionString)
            .Options;
}

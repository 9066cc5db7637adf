using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EmulationDocs.Core.Persistence;

/// <summary>Creates contexts for the configured database and brings its schema up to date.</summary>
public sealed class DatabaseFactory(DatabaseOptions options)
{
    private readonly DbContextOptions<EmulationDocsDbContext> _contextOptions = Build(options);

    public DatabaseOptions Options { get; } = options;

    public EmulationDocsDbContext Create() => new(_contextOptions);

    /// <summary>Applies the hand-written migrations that this database has not seen yet.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = Create();
        // Write-ahead logging lets readers (inbox, document pages) go on while a command writes; the mode is stored in the file.
        if (Options.Provider == DatabaseProvider.Sqlite) await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    private static DbContextOptions<EmulationDocsDbContext> Build(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<EmulationDocsDbContext>();
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString).AddInterceptors(SqliteConnectionSetup.Instance),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
        // There is no model snapshot (no design-time tools); the schema tests compare migrations and model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder.Options;
    }
}

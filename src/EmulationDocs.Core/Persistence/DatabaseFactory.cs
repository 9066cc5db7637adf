using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Persistence;

/// <summary>Creates contexts for the configured database and brings its schema up to date.</summary>
public sealed class DatabaseFactory
{
    private readonly Func<EmulationDocsDbContext> _create;
    private readonly ILogger _logger;

    public DatabaseFactory(DatabaseOptions options, ILogger<DatabaseFactory>? logger = null)
    {
        Options = options;
        _logger = logger ?? NullLogger<DatabaseFactory>.Instance;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteEmulationDocsDbContext.OptionsFor(options.ConnectionString);
                _create = () => new SqliteEmulationDocsDbContext(sqlite);
                break;
            case DatabaseProvider.PostgreSql:
                var postgreSql = PostgreSqlEmulationDocsDbContext.OptionsFor(options.ConnectionString);
                _create = () => new PostgreSqlEmulationDocsDbContext(postgreSql);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    public DatabaseOptions Options { get; }

    /// <summary>A context of the configured provider's subclass, so that it finds that provider's migrations.</summary>
    public EmulationDocsDbContext Create() => _create();

    /// <summary>
    /// Applies the migrations that this database has not seen yet; a database made by the release with hand-written
    /// migrations is taken over first (<see cref="HandWrittenReleaseUpgrade"/>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = Create();
        // Write-ahead logging lets readers (inbox, document pages) go on while a command writes; the mode is stored in the file.
        if (Options.Provider == DatabaseProvider.Sqlite) await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await HandWrittenReleaseUpgrade.ApplyAsync(context, _logger, cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
        await Search.SearchTextBackfill.RunAsync(context, cancellationToken);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EmulationDocs.Core.Persistence;

/// <summary>
/// Makes a waiting SQLite writer queue inside SQLite rather than in Microsoft.Data.Sqlite. Without a busy timeout SQLite
/// answers "busy" at once and the driver retries after 150 ms sleeps, so under concurrent writes a request waits in
/// 150 ms steps; with one, SQLite's own handler retries within milliseconds of the lock being released. Reads are
/// memory-mapped.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    // Busy timeout: longer than any write transaction, shorter than an HTTP client gives up; the driver's retry remains the
    // backstop. Memory-mapped reads: lists and counts read thousands of pages, through the OS page cache instead of one
    // read call each.
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 268435456;";

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Npgsql;

namespace EmulationDocs.Core.Persistence;

/// <summary>
/// Serialises the start-up work (migrations, the demo import, publishing definitions) of several nodes sharing one
/// PostgreSQL database: a session-level advisory lock held on a dedicated connection while the work runs. SQLite is one
/// file on one machine; its writers are serialised by the database itself, so it needs nothing.
/// </summary>
public static class StartupLock
{
    /// <summary>An arbitrary, fixed key: every node of this product asks for the same one.</summary>
    private const long Key = 0x45446F6373_0001;

    public static async Task RunExclusivelyAsync(DatabaseOptions options, Func<CancellationToken, Task> work, CancellationToken ct = default)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            await work(ct);
            return;
        }
        // Not from the pool of the application's contexts: the lock belongs to this session alone and ends with it.
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", ct);
        try
        {
            await work(ct);
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteScalarAsync(ct);
    }
}

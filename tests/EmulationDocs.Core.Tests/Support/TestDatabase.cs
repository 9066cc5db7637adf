using EmulationDocs.Core.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EmulationDocs.Core.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file in a temporary folder, or a new database
/// on the PostgreSQL server that <c>tests/run.sh</c> starts (its connection string in
/// <see cref="PostgresVariable"/>). A missing server fails the test: it is never skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "EMULATIONDOCS_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseFactory factory, Func<Task> drop)
    {
        Factory = factory;
        _drop = drop;
    }

    public DatabaseFactory Factory { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await database.Factory.MigrateAsync();
        return database;
    }

    /// <summary>A database without any table, not even the migration history.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "edocs-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var factory = new DatabaseFactory(DatabaseOptions.SqliteFile(Path.Combine(folder, "test.db")));
        return new TestDatabase(factory, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with tests/run.sh, which starts PostgreSQL (tests/start-postgres.sh) and sets it.");
        var name = "edocs_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        var factory = new DatabaseFactory(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection });
        return new TestDatabase(factory, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _drop();
}

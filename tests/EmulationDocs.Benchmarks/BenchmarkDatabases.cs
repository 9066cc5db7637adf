using EmulationDocs.Core.Persistence;
using Npgsql;

namespace EmulationDocs.Benchmarks;

/// <summary>A fresh database for a benchmark run: a SQLite file, or a new database on the server EMULATIONDOCS_TEST_POSTGRES names.</summary>
internal static class BenchmarkDatabases
{
    public static DatabaseOptions Fresh(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? DatabaseOptions.SqliteFile(Path.Combine(Path.GetTempPath(), $"edocs-bench-{Guid.NewGuid():N}.db"))
        : new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = FreshPostgresDatabase() };

    private static string FreshPostgresDatabase()
    {
        var admin = Environment.GetEnvironmentVariable("EMULATIONDOCS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set EMULATIONDOCS_TEST_POSTGRES (bash tests/start-postgres.sh prints it) to benchmark PostgreSQL.");
        var name = "edocs_bench_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}

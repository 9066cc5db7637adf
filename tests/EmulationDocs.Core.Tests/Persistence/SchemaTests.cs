using EmulationDocs.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// There is no model snapshot (EF Core's design-time tools are missing here), so nothing else
/// notices when the hand-written migrations drift from the model: compare a migrated database
/// with one that EF Core creates straight from the model.
/// </summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task MigrationsBuildTheTablesAndColumnsOfTheModel()
    {
        using var migrated = await TemporaryDatabase.CreateAsync();
        using var fromModel = new TemporaryDatabase();
        await using (var db = fromModel.Factory.Create())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(fromModel.Path);
        var actual = await DescribeAsync(migrated.Path);

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (table, columns) in expected)
        {
            // Joined so that a failure prints the whole table, not the first few columns.
            Assert.Equal($"{table}: {string.Join("; ", columns)}", $"{table}: {string.Join("; ", actual[table])}");
        }
    }

    [Fact]
    public async Task MigrationsBuildTheIndexesOfTheModel()
    {
        using var migrated = await TemporaryDatabase.CreateAsync();
        using var fromModel = new TemporaryDatabase();
        await using (var db = fromModel.Factory.Create())
        {
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(await IndexesAsync(fromModel.Path), await IndexesAsync(migrated.Path));
    }

    /// <summary>Table → its columns as "name type NOT NULL? pk=n", in declaration order; EF's own bookkeeping tables left out.</summary>
    private static async Task<Dictionary<string, string[]>> DescribeAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name <> '__EFMigrationsLock'",
            r => r.GetString(0));
        var description = new Dictionary<string, string[]>();
        foreach (var table in tables)
        {
            description[table] = [.. await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"{r.GetString(1)} {r.GetString(2)}{(r.GetInt64(3) == 1 ? " NOT NULL" : "")} pk={r.GetInt64(5)}")];
        }

        return description;
    }

    /// <summary>Every index as "table.name unique? (columns)", sorted.</summary>
    private static async Task<List<string>> IndexesAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        var indexes = await QueryAsync(connection,
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE '__EFMigrations%'",
            r => (Table: r.GetString(0), Name: r.GetString(1)));
        var described = new List<string>();
        foreach (var (table, name) in indexes)
        {
            var unique = (await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2) == 1)))
                .Single(i => i.Name == name).Unique;
            var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{name}\")", r => r.GetString(2));
            described.Add($"{table}.{name}{(unique ? " unique" : "")} ({string.Join(", ", columns)})");
        }

        described.Sort(StringComparer.Ordinal);
        return described;
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

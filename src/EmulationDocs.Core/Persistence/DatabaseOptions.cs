namespace EmulationDocs.Core.Persistence;

/// <summary>Which database to use: a SQLite file (the default) or PostgreSQL by connection string.</summary>
public sealed record DatabaseOptions
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string, e.g. <c>Data Source=data/emulationdocs.db</c> or <c>Host=…;Database=…</c>.</summary>
    public required string ConnectionString { get; init; }

    public static DatabaseOptions SqliteFile(string path) => new() { ConnectionString = $"Data Source={path}" };
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

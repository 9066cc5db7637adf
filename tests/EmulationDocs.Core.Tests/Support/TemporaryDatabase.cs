using EmulationDocs.Testing;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Core.Tests.Support;

/// <summary>A real SQLite file in its own temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulationdocs-core-").FullName;

    public TemporaryDatabase(string fileName = "test.db")
    {
        Path = System.IO.Path.Combine(_folder, fileName);
        Factory = new DatabaseFactory(DatabaseOptions.SqliteFile(Path));
    }

    public string Path { get; }

    public DatabaseFactory Factory { get; }

    /// <summary>A migrated database, with the demo organisation <paramref name="demoFile"/> imported when given.</summary>
    public static async Task<TemporaryDatabase> CreateAsync(string? demoFile = null)
    {
        var database = new TemporaryDatabase();
        await database.Factory.MigrateAsync();
        if (demoFile is not null)
        {
            await using var db = database.Factory.Create();
            await OrganisationImporter.ImportAsync(db, await OrganisationFile.LoadAsync(RepositoryPaths.DemoOrganisation(demoFile)));
        }

        return database;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

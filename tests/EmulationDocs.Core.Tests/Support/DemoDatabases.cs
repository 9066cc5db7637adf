namespace EmulationDocs.Core.Tests.Support;

/// <summary>
/// Both demo organisations imported once for every test that only reads them: an import hashes
/// each demo password with 100,000 PBKDF2 iterations, which is slow on purpose.
/// </summary>
public sealed class DemoDatabases : IAsyncLifetime
{
    public const string Collection = "demo databases";

    internal TemporaryDatabase FourLevel { get; private set; } = null!;

    internal TemporaryDatabase ThreeLevel { get; private set; } = null!;

    internal TemporaryDatabase For(string demoFile) => demoFile == "three-level-2025.json" ? ThreeLevel : FourLevel;

    public async Task InitializeAsync()
    {
        FourLevel = await TemporaryDatabase.CreateAsync("nam-dinh-2022.json");
        ThreeLevel = await TemporaryDatabase.CreateAsync("three-level-2025.json");
    }

    public Task DisposeAsync()
    {
        FourLevel.Dispose();
        ThreeLevel.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(DemoDatabases.Collection)]
public sealed class DemoDatabasesCollection : ICollectionFixture<DemoDatabases>;

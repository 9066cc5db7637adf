using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Tests.Workflows;

public sealed class DefinitionCatalogTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulationdocs-definitions-").FullName;
    private DefinitionCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        var database = new DatabaseFactory(DatabaseOptions.SqliteFile(Path.Combine(_folder, "test.db")));
        await database.MigrateAsync();
        _catalog = new DefinitionCatalog(database, DefinitionLoader.ForTemplatesDirectory(RepositoryRoot.Templates, RepositoryRoot.Levels));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static string DirectiveJson() => File.ReadAllText(Path.Combine(RepositoryRoot.Workflows, "directive.json"));

    [Fact]
    public async Task Publishing_the_same_json_twice_keeps_one_version()
    {
        var first = await _catalog.PublishAsync(DirectiveJson());
        // Formatting differences alone do not make a new version.
        var second = await _catalog.PublishAsync(JsonNode.Parse(DirectiveJson())!.ToJsonString());

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(1, second.Definition.Version);
        Assert.Single(await _catalog.ListAsync());
    }

    [Fact]
    public async Task A_changed_json_adds_a_version_and_the_old_one_stays_retrievable()
    {
        await _catalog.PublishAsync(DirectiveJson());
        var changed = JsonNode.Parse(DirectiveJson())!;
        changed["steps"]![1]!["due"] = "P5D";

        var outcome = await _catalog.PublishAsync(changed.ToJsonString());

        Assert.True(outcome.IsNew);
        Assert.Equal(2, outcome.Definition.Version);
        Assert.Equal("P5D", (await _catalog.LatestAsync("directive"))!.Step("review").Due);
        var first = await _catalog.GetAsync("directive", 1);
        Assert.Equal(1, first!.Version);
        Assert.Equal("P3D", first.Step("review").Due);
        Assert.Equal([1, 2], (await _catalog.ListAsync()).Select(v => v.Version));
    }

    [Fact]
    public async Task The_catalog_numbers_versions_whatever_the_file_says()
    {
        var file = JsonNode.Parse(DirectiveJson())!;
        file["version"] = 7;

        var outcome = await _catalog.PublishAsync(file.ToJsonString());

        Assert.Equal(1, outcome.Definition.Version);
        Assert.Equal(1, (await _catalog.GetAsync("directive", 1))!.Version);
    }

    [Fact]
    public async Task An_invalid_definition_is_not_stored()
    {
        var file = JsonNode.Parse(DirectiveJson())!;
        file["start"] = "nowhere";

        await Assert.ThrowsAsync<DefinitionException>(() => _catalog.PublishAsync(file.ToJsonString()));

        Assert.Null(await _catalog.LatestAsync("directive"));
    }

    [Fact]
    public async Task Unknown_versions_and_ids_are_null()
    {
        await _catalog.PublishAsync(DirectiveJson());

        Assert.Null(await _catalog.GetAsync("directive", 2));
        Assert.Null(await _catalog.LatestAsync("nothing"));
    }

    [Fact]
    public async Task Loading_the_workflows_directory_publishes_every_definition_once()
    {
        var first = await _catalog.LoadDirectoryAsync(RepositoryRoot.Workflows);
        var again = await _catalog.LoadDirectoryAsync(RepositoryRoot.Workflows);

        Assert.Equal(["award-proposal", "directive", "launch-letter", "plan", "report"], first.Select(o => o.Definition.Id).Order());
        Assert.All(first, o => Assert.True(o.IsNew));
        Assert.All(again, o => Assert.False(o.IsNew));
    }

    [Fact]
    public async Task A_restart_keeps_the_version_an_administrator_published_until_the_file_itself_changes()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_folder, "deployed")).FullName;
        File.WriteAllText(Path.Combine(directory, "directive.json"), DirectiveJson());
        await _catalog.LoadDirectoryAsync(directory);
        var edited = JsonNode.Parse(DirectiveJson())!;
        edited["steps"]![1]!["due"] = "P5D";
        await _catalog.PublishAsync(edited.ToJsonString(), "administrator");

        var restart = await _catalog.LoadDirectoryAsync(directory);

        Assert.False(Assert.Single(restart).IsNew);
        Assert.Equal(2, (await _catalog.LatestAsync("directive"))!.Version);
        Assert.Equal("P5D", (await _catalog.LatestAsync("directive"))!.Step("review").Due);

        // A new deployment of the file is a deliberate change and becomes the version in force.
        var deployed = JsonNode.Parse(DirectiveJson())!;
        deployed["steps"]![1]!["due"] = "P7D";
        File.WriteAllText(Path.Combine(directory, "directive.json"), deployed.ToJsonString());
        var upgrade = await _catalog.LoadDirectoryAsync(directory);

        Assert.True(Assert.Single(upgrade).IsNew);
        Assert.Equal("P7D", (await _catalog.LatestAsync("directive"))!.Step("review").Due);
    }

    [Fact]
    public async Task Loading_a_directory_reports_every_invalid_file_and_publishes_nothing()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_folder, "workflows")).FullName;
        File.Copy(Path.Combine(RepositoryRoot.Workflows, "plan.json"), Path.Combine(directory, "plan.json"));
        File.WriteAllText(Path.Combine(directory, "award-rules.json"), "not a definition");
        var broken = JsonNode.Parse(DirectiveJson())!;
        broken["start"] = "nowhere";
        File.WriteAllText(Path.Combine(directory, "directive.json"), broken.ToJsonString());
        File.WriteAllText(Path.Combine(directory, "report.json"), "{ \"id\": ");

        var error = await Assert.ThrowsAsync<DefinitionException>(() => _catalog.LoadDirectoryAsync(directory));

        Assert.Contains(error.Problems, p => p.Source == "directive.json" && p.Property == "start");
        Assert.Contains(error.Problems, p => p.Source == "report.json");
        Assert.DoesNotContain(error.Problems, p => p.Source is "plan.json" or "award-rules.json");
        Assert.Empty(await _catalog.ListAsync());
    }
}

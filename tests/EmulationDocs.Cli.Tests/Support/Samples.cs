using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>The sample data files in samples/: <c>{ "template": …, "data": { … } }</c>.</summary>
public static class Samples
{
    public static IReadOnlyList<string> Names { get; } =
        Directory.EnumerateFiles(RepositoryPaths.Samples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The samples that reproduce a seed document (seed-000 … seed-004).</summary>
    public static IReadOnlyList<string> SeedNames { get; } = Names.Where(n => n.StartsWith("seed-", StringComparison.Ordinal)).ToList();

    public static TheoryData<string> All => new(Names);

    public static TheoryData<string> Seeds => new(SeedNames);

    public static string PathOf(string name) => Path.Combine(RepositoryPaths.Samples, name + ".json");

    /// <summary>A fresh, editable copy of the sample's data object.</summary>
    public static JsonObject DataOf(string name) =>
        JsonNode.Parse(File.ReadAllText(PathOf(name)))!["data"]!.AsObject().DeepClone().AsObject();

    /// <summary>The text extracted from the seed PDF a sample reproduces: seed-003 → shared/seeds/003_*.txt.</summary>
    public static string SeedTextPath(string seedSample)
    {
        var number = seedSample["seed-".Length..];
        var seeds = Path.Combine(RepositoryPaths.Shared, "seeds");
        var matches = Directory.Exists(seeds) ? Directory.GetFiles(seeds, number + "_*.txt") : [];
        return matches.Length == 1
            ? matches[0]
            : throw new FileNotFoundException($"Expected exactly one seed text {number}_*.txt in {seeds}; found {matches.Length}.");
    }
}

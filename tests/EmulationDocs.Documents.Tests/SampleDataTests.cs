using EmulationDocs.Testing;
using System.Text.Json;

namespace EmulationDocs.Documents.Tests;

/// <summary>The sample data in samples/ (seed documents and the award dossier) must satisfy the contracts of the templates it names.</summary>
public sealed class SampleDataTests
{
    [Fact]
    public void Every_sample_for_an_official_template_satisfies_its_contract()
    {
        var samples = Directory.Exists(Path.Combine(RepositoryPaths.Root, "samples"))
            ? Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.json")
            : [];
        var problems = new List<string>();
        var checkedSamples = 0;
        foreach (var file in samples.Order(StringComparer.Ordinal))
        {
            using var sample = JsonDocument.Parse(File.ReadAllText(file));
            if (!sample.RootElement.TryGetProperty("template", out var templatePath) || !sample.RootElement.TryGetProperty("data", out var data))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(templatePath.GetString());
            var template = GeneratedTemplates.All.SingleOrDefault(candidate => candidate.Name == name);
            if (template is not null)
            {
                checkedSamples++;
                problems.AddRange(template.Contract.Validate(data).Select(violation => $"{Path.GetFileName(file)}: {violation}"));
            }
        }

        Assert.True(samples.Length == 0 || checkedSamples > 0, "No sample names an official template.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}

using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Tests.Workflows;

public sealed class WorkflowFilesTests
{
    private readonly DefinitionLoader _loader = DefinitionLoader.ForTemplatesDirectory(RepositoryRoot.Templates, RepositoryRoot.Levels);

    public static TheoryData<string> DefinitionFiles() => new(DefinitionFileNames());

    private static IEnumerable<string> DefinitionFileNames() =>
        Directory.EnumerateFiles(RepositoryRoot.Workflows, "*.json")
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => name != "award-rules.json");

    [Theory]
    [MemberData(nameof(DefinitionFiles))]
    public void Every_definition_file_loads_and_validates(string file)
    {
        var definition = _loader.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Workflows, file)), file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), definition.Id);
    }

    [Fact]
    public void The_expected_chains_are_all_there()
    {
        var ids = DefinitionFileNames().Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(["award-proposal", "directive", "launch-letter", "plan", "report"], ids);
    }

    [Fact]
    public void Award_proposal_skips_the_district_on_the_three_level_tree()
    {
        var definition = _loader.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Workflows, "award-proposal.json")));

        // Every district step reachable from the commune's forwarding applies only at the district and,
        // when skipped, passes on inside the district section until it reaches the province.
        var step = definition.Step("commune-forward").Next;
        while (step is not null && step.StartsWith("district-", StringComparison.Ordinal))
        {
            Assert.Contains("district", definition.Step(step).When?.Levels ?? []);
            step = definition.Step(step).Next;
        }
        Assert.Equal("province-review", step);
    }

    [Fact]
    public void Award_rules_file_loads()
    {
        var rules = new AwardRulesLoader(RepositoryRoot.Levels).Load(File.ReadAllText(Path.Combine(RepositoryRoot.Workflows, "award-rules.json")));

        Assert.Equal(["district", "commune"], rules.Find("Chiến sĩ thi đua cơ sở")!.GrantedAt);
        Assert.Equal(90m, rules.Find("Chiến sĩ thi đua cấp tỉnh")!.Threshold!.PercentOfAllMembers);
        Assert.Null(rules.Find("Lao động tiên tiến")!.Threshold);
    }
}

using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Tests.Workflows;

public sealed class AwardRulesTests
{
    private readonly AwardRulesLoader _loader = new(RepositoryRoot.Levels);

    private AwardRules FileRules() => _loader.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Workflows, "award-rules.json")));

    [Theory]
    [InlineData("Chiến sĩ thi đua cơ sở", 8, 11, false)]
    [InlineData("Chiến sĩ thi đua cơ sở", 9, 11, true)]
    [InlineData("Cờ thi đua của UBND tỉnh", 8, 10, true)]
    [InlineData("Chiến sĩ thi đua cấp tỉnh", 9, 10, true)]
    [InlineData("Chiến sĩ thi đua cấp tỉnh", 8, 10, false)]
    public void Thresholds_count_all_members_not_only_those_present(string title, int agree, int allMembers, bool met)
    {
        Assert.Equal(met, FileRules().Find(title)!.Threshold!.IsMet(agree, allMembers));
    }

    [Fact]
    public void Unknown_level_is_refused_naming_the_title()
    {
        var error = Assert.Throws<DefinitionException>(() => _loader.Load("""
            { "titles": [ { "title": "Lao động tiên tiến", "grantedAt": ["ward"], "threshold": null } ] }
            """));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("titles[0].grantedAt", problem.Property);
        Assert.Contains("Lao động tiên tiến", problem.Description);
        Assert.Contains("'ward'", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<DefinitionException>(() => _loader.Load("""
            { "titles": [
              { "title": "A", "grantedAt": [], "threshold": { "percentOfAllMembers": 120 } },
              { "title": "a", "grantedAt": ["commune"], "threshold": { } }
            ] }
            """));

        Assert.Equal(
            ["titles", "titles[0].grantedAt", "titles[0].threshold.percentOfAllMembers", "titles[1].threshold"],
            error.Problems.Select(p => p.Property));
    }

    [Fact]
    public void Unknown_property_is_refused()
    {
        var error = Assert.Throws<DefinitionException>(() => _loader.Load("""
            { "titles": [ { "title": "A", "grantedAt": ["unit"], "threshold": null, "grantedBy": "x" } ] }
            """));

        Assert.Contains("grantedBy", error.Message);
    }
}

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>Reads <c>workflows/award-rules.json</c> and refuses it with every problem listed at once.</summary>
/// <param name="levels">The organisation's level names; every <c>grantedAt</c> entry must be one of them. Null (no organisation yet) accepts any name.</param>
public sealed class AwardRulesLoader(IReadOnlyCollection<string>? levels)
{
    /// <exception cref="DefinitionException">The JSON is malformed or the rules are invalid.</exception>
    public AwardRules Load(string json, string source = "award-rules.json")
    {
        var rules = DefinitionJson.Read<AwardRules>(json, source);
        var problems = new List<DefinitionProblem>();
        void Problem(string property, string description) => problems.Add(new(source, null, property, description));

        if (rules.Titles.Count == 0)
        {
            Problem("titles", "no titles are listed.");
        }
        foreach (var duplicate in rules.Titles.GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Problem("titles", $"title '{duplicate.Key}' is listed {duplicate.Count()} times.");
        }
        for (var i = 0; i < rules.Titles.Count; i++)
        {
            var rule = rules.Titles[i];
            var at = $"titles[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Title))
            {
                Problem($"{at}.title", "the title is empty.");
            }
            if (rule.GrantedAt.Count == 0)
            {
                Problem($"{at}.grantedAt", $"'{rule.Title}': no level may grant it.");
            }
            foreach (var level in rule.GrantedAt.Where(l => levels is not null && !levels.Contains(l)))
            {
                Problem($"{at}.grantedAt", $"'{rule.Title}': unknown level '{level}'; known levels: {string.Join(", ", levels ?? [])}.");
            }
            if (rule.Threshold is { } threshold)
            {
                CheckThreshold(threshold, $"{at}.threshold", rule.Title, Problem);
            }
        }
        return problems.Count == 0 ? rules : throw new DefinitionException(problems);
    }

    private static void CheckThreshold(VoteThreshold threshold, string at, string title, Action<string, string> problem)
    {
        if (threshold.Agree is null && threshold.PercentOfAllMembers is null)
        {
            problem(at, $"'{title}': give 'agree' or 'percentOfAllMembers', or null for no council vote.");
        }
        if (threshold.Agree is < 1)
        {
            problem($"{at}.agree", $"'{title}': must be 1 or more, not {threshold.Agree}.");
        }
        if (threshold.PercentOfAllMembers is <= 0 or > 100)
        {
            problem($"{at}.percentOfAllMembers", $"'{title}': must be more than 0 and at most 100, not {threshold.PercentOfAllMembers}.");
        }
    }
}

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// Who may grant which title and what vote each needs (<c>workflows/award-rules.json</c>): data an
/// administrator can correct, never constants in code.
/// </summary>
public sealed record AwardRules(IReadOnlyList<AwardTitleRule> Titles)
{
    public AwardTitleRule? Find(string title) => Titles.FirstOrDefault(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase));
}

/// <param name="Title">Title or form as written in proposals, e.g. "Chiến sĩ thi đua cơ sở".</param>
/// <param name="GrantedAt">Levels whose chairman may grant it, in order of preference; the first level the organisation has is used (so the four-level tree uses the district, today's three-level tree the commune).</param>
/// <param name="Threshold">Council approval needed, or null when no council vote is required.</param>
public sealed record AwardTitleRule(string Title, IReadOnlyList<string> GrantedAt, VoteThreshold? Threshold);

/// <summary>A council vote passes with at least <see cref="Agree"/> of all members, or <see cref="PercentOfAllMembers"/> % of them.</summary>
public sealed record VoteThreshold(int? Agree = null, decimal? PercentOfAllMembers = null)
{
    public bool IsMet(int agree, int allMembers) =>
        (Agree is null || agree >= Agree) && (PercentOfAllMembers is null || agree * 100m >= PercentOfAllMembers * allMembers);
}

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>The unit selectors definitions use: <c>self</c>, <c>parent</c>, <c>level:&lt;name&gt;</c>.</summary>
public static class UnitSelector
{
    public const string Self = "self";
    public const string Parent = "parent";
    public const string LevelPrefix = "level:";

    /// <summary>Why <paramref name="selector"/> is not valid, or null when it is.</summary>
    /// <param name="levels">The organisation's level names, or null to accept any level name.</param>
    public static string? Check(string selector, IReadOnlyCollection<string>? levels)
    {
        if (selector is Self or Parent)
        {
            return null;
        }
        if (!selector.StartsWith(LevelPrefix, StringComparison.Ordinal) || selector.Length == LevelPrefix.Length)
        {
            return $"unknown unit selector '{selector}'; use 'self', 'parent' or 'level:<name>'.";
        }
        var level = selector[LevelPrefix.Length..];
        return levels is null || levels.Contains(level)
            ? null
            : $"unknown level '{level}' in '{selector}'; known levels: {string.Join(", ", levels)}.";
    }
}

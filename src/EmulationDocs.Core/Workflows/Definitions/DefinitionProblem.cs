namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>One thing wrong with a definition file, precise enough for an administrator to fix it.</summary>
/// <param name="Source">The file or definition id the problem was found in.</param>
/// <param name="StepId">The step concerned, or null for a problem of the whole definition (or of award rules).</param>
/// <param name="Property">The JSON property concerned, e.g. <c>returnTo</c> or <c>titles[2].grantedAt</c>.</param>
/// <param name="Description">What is wrong (a file that does not read as JSON is described in Vietnamese).</param>
public sealed record DefinitionProblem(string Source, string? StepId, string Property, string Description)
{
    public override string ToString() =>
        StepId is null ? $"{Source}: {Property}: {Description}" : $"{Source}: step '{StepId}', {Property}: {Description}";
}

/// <summary>A definition (or award rules) file was refused; <see cref="Problems"/> lists everything found, not just the first.</summary>
public sealed class DefinitionException(IReadOnlyList<DefinitionProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<DefinitionProblem> problems) =>
        $"Invalid workflow configuration ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
        + string.Concat(problems.Select(p => $"{Environment.NewLine}- {p}"));
}

namespace EmulationDocs.Templating.Problems;

/// <summary>The template (or its package) cannot be used; every problem found is listed, warnings included.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(IReadOnlyList<TemplateProblem> problems)
        : base(BuildMessage(problems)) => Problems = problems;

    public TemplateException(TemplateProblem problem) : this([problem]) { }

    public IReadOnlyList<TemplateProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<TemplateProblem> problems) =>
        $"The template has {problems.Count} problem(s): " + string.Join("; ", problems.Select(p => $"{p.Code} at {p.Location.Part}" +
            (p.Location.Paragraph is { } n ? $" paragraph {n}" : "") + (p.Tag is null ? "" : $" {p.Tag}")));
}

namespace EmulationDocs.Conformance;

/// <summary>Every deviation found in one document, page-level issues first, then in reading order.</summary>
public sealed class ConformanceReport
{
    public ConformanceReport(IReadOnlyList<ConformanceIssue> issues)
    {
        Issues = issues;
    }

    public IReadOnlyList<ConformanceIssue> Issues { get; }

    public bool Conforms => Issues.Count == 0;
}

namespace EmulationDocs.Conformance.Tests.Fixtures;

internal static class ReportAssert
{
    /// <summary>The report has issues, and all of them are of <paramref name="ruleId"/>.</summary>
    public static IReadOnlyList<ConformanceIssue> OnlyRule(ConformanceReport report, string ruleId)
    {
        Assert.False(report.Conforms);
        Assert.All(report.Issues, issue => Assert.True(issue.RuleId == ruleId, Describe(report)));
        return report.Issues;
    }

    public static void Conforms(ConformanceReport report) =>
        Assert.True(report.Conforms, Describe(report));

    public static string Describe(ConformanceReport report) =>
        string.Join(Environment.NewLine, report.Issues.Select(issue => $"{issue.RuleId} @ {issue.Location} [{issue.Paragraph}]: {issue.Message}"));
}

namespace EmulationDocs.Conformance.Rules;

/// <summary>One rule of Appendix I. A rule reports every place that breaks it; it stays silent about
/// elements it cannot find unless finding them is its own subject.</summary>
internal interface IConformanceRule
{
    IEnumerable<ConformanceIssue> Check(ConformanceContext context);
}

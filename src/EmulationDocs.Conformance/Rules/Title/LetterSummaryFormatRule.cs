namespace EmulationDocs.Conformance.Rules.Title;

/// <summary>Công văn summary (box 5b): "V/v ...", 12–13 pt, upright.</summary>
internal sealed class LetterSummaryFormatRule : IConformanceRule
{
    public const string Id = "title.letter-summary.format";
    private static readonly TextStyleExpectation Expected = new(12, 13) { Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Title.LetterSummary is { } summary && context.StyleIssue(Id, summary, "Trích yếu công văn", Expected) is { } issue)
        {
            yield return issue;
        }
    }
}

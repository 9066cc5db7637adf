namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Number and symbol (box 3): 13 pt, upright.</summary>
internal sealed class NumberFormatRule : IConformanceRule
{
    public const string Id = "header.number.format";
    private static readonly TextStyleExpectation Expected = new(13, 13) { Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.Number is { } number && context.StyleIssue(Id, number, "Số, ký hiệu", Expected) is { } issue)
        {
            yield return issue;
        }
    }
}

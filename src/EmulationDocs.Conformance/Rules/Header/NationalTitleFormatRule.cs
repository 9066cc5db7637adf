namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>National title (box 1): upper case, bold, upright, 12–13 pt.</summary>
internal sealed class NationalTitleFormatRule : IConformanceRule
{
    public const string Id = "header.national-title.format";
    private static readonly TextStyleExpectation Expected = new(12, 13) { UpperCase = true, Bold = true, Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.NationalTitle is { } title && context.StyleIssue(Id, title, "Quốc hiệu", Expected) is { } issue)
        {
            yield return issue;
        }
    }
}

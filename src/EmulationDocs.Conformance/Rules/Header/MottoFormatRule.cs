namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Motto (box 1): bold, upright, 13–14 pt, centred under the national title.</summary>
internal sealed class MottoFormatRule : IConformanceRule
{
    public const string Id = "header.motto.format";
    private static readonly TextStyleExpectation Expected = new(13, 14) { Bold = true, Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.Motto is { } motto && context.StyleIssue(Id, motto, "Tiêu ngữ", Expected) is { } issue)
        {
            yield return issue;
        }
    }
}

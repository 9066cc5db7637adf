namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Place and date (box 4): italic, 13–14 pt.</summary>
internal sealed class PlaceDateFormatRule : IConformanceRule
{
    public const string Id = "header.place-date.format";
    private static readonly TextStyleExpectation Expected = new(13, 14) { Italic = true };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.PlaceDate is { } placeDate && context.StyleIssue(Id, placeDate, "Địa danh, ngày tháng", Expected) is { } issue)
        {
            yield return issue;
        }
    }
}

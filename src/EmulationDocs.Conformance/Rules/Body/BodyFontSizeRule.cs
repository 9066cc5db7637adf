namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>Body text 13–14 pt.</summary>
internal sealed class BodyFontSizeRule : IConformanceRule
{
    public const string Id = "body.font-size";
    private static readonly TextStyleExpectation Expected = new(13, 14);

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context) =>
        context.Layout.Body
            .Select(paragraph => context.StyleIssue(Id, paragraph, "Nội dung", Expected))
            .OfType<ConformanceIssue>();
}

namespace EmulationDocs.Conformance.Rules.Closing;

/// <summary>"Nơi nhận:" (box 9b) bold italic 12 pt; each recipient line 11 pt, upright.</summary>
internal sealed class RecipientsFormatRule : IConformanceRule
{
    public const string Id = "recipients.format";
    private static readonly TextStyleExpectation Heading = new(12, 12) { Bold = true, Italic = true };
    private static readonly TextStyleExpectation Line = new(11, 11) { Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var closing = context.Layout.Closing;
        if (closing.RecipientsHeading is null)
        {
            yield return new ConformanceIssue(Id, "Không tìm thấy phần “Nơi nhận:” ở cuối văn bản.", "Cuối văn bản", null);
            yield break;
        }

        if (context.StyleIssue(Id, closing.RecipientsHeading, "“Nơi nhận”", Heading) is { } headingIssue)
        {
            yield return headingIssue;
        }

        foreach (var line in closing.RecipientLines)
        {
            if (context.StyleIssue(Id, line, "Danh sách nơi nhận", Line) is { } lineIssue)
            {
                yield return lineIssue;
            }
        }
    }
}

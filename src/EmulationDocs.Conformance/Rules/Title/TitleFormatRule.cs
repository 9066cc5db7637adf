namespace EmulationDocs.Conformance.Rules.Title;

/// <summary>Type name (box 5a): upper case, bold, 13–14 pt, centred; the summary under it bold,
/// 13–14 pt, centred. A document without a type name must be a công văn with a "V/v" summary.</summary>
internal sealed class TitleFormatRule : IConformanceRule
{
    public const string Id = "title.format";
    private static readonly TextStyleExpectation TypeName = new(13, 14) { UpperCase = true, Bold = true, Italic = false, Centered = true };
    private static readonly TextStyleExpectation Summary = new(13, 14) { Bold = true, Italic = false, Centered = true };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var title = context.Layout.Title;
        if (title.TypeName is null)
        {
            if (title.LetterSummary is null)
            {
                yield return new ConformanceIssue(Id, "Không tìm thấy tên loại văn bản (ví dụ “CHỈ THỊ”, “KẾ HOẠCH”) dưới phần đầu văn bản, cũng không có trích yếu công văn “V/v …”.", "Đầu văn bản", null);
            }

            yield break;
        }

        if (context.StyleIssue(Id, title.TypeName, "Tên loại văn bản", TypeName) is { } typeIssue)
        {
            yield return typeIssue;
        }

        foreach (var line in title.Summary)
        {
            if (context.StyleIssue(Id, line, "Trích yếu nội dung", Summary) is { } summaryIssue)
            {
                yield return summaryIssue;
            }
        }
    }
}

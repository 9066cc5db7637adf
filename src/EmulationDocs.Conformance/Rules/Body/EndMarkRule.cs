using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>The text of the document ends with "./." (every sample layout of Appendix III does,
/// the minutes of Mẫu 1.9 included).</summary>
internal sealed class EndMarkRule : IConformanceRule
{
    public const string Id = "body.end-mark";
    private const string EndMark = "./.";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var layout = context.Layout;
        // Without a closing block the end of the text cannot be told from what follows it.
        if (layout.Closing.StartsAt is not { } closingStartsAt)
        {
            yield break;
        }

        var last = layout.Paragraphs.LastOrDefault(p => p.Number > layout.Title.EndsAt
            && p.Number < closingStartsAt
            && !p.IsInTable
            && !p.IsEmpty
            && !VietnameseText.IsDrawnLine(p.Text));
        if (last is not null && !last.Text.EndsWith(EndMark, StringComparison.Ordinal))
        {
            yield return context.Issue(Id, last, "Phần nội dung văn bản phải kết thúc bằng dấu “./.” ngay sau chữ cuối cùng.");
        }
    }
}

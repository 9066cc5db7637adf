namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>A document longer than one page numbers its pages with a PAGE field centred in the
/// top margin, i.e. in the page header.</summary>
internal sealed class PageNumberPositionRule : IConformanceRule
{
    public const string Id = "page-number.position";
    private const string Location = "Đầu trang (số trang)";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (!context.SpansSeveralPages)
        {
            yield break;
        }

        var fields = PageNumberFields.In(PageNumberFields.Header(context, "default"));
        if (fields.Count == 0)
        {
            var inFooter = PageNumberFields.Footers(context).Any(footer => PageNumberFields.In(footer).Count > 0);
            yield return new ConformanceIssue(
                Id,
                inFooter
                    ? "Số trang đặt ở chân trang; quy định đặt canh giữa trong phần lề trên của văn bản."
                    : "Văn bản nhiều trang nhưng không có số trang ở đầu trang (trường PAGE, canh giữa trong phần lề trên).",
                Location,
                null);
            yield break;
        }

        if (!fields.Any(paragraph => context.Formatting.Resolve(paragraph).Paragraph.IsCentered))
        {
            yield return new ConformanceIssue(Id, "Số trang chưa được canh giữa theo chiều ngang.", Location, null);
        }
    }
}

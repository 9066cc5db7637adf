namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Page 1 shows no number: the first section needs "different first page" (titlePg) and
/// its first-page header must not hold a PAGE field.</summary>
internal sealed class PageNumberFirstPageRule : IConformanceRule
{
    public const string Id = "page-number.first-page";
    private const string Location = "Đầu trang (trang thứ nhất)";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var firstSection = context.Sections.FirstOrDefault();
        if (!context.SpansSeveralPages || firstSection is null)
        {
            yield break;
        }

        var titlePage = firstSection.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TitlePage>();
        if (titlePage is null || titlePage.Val?.Value == false)
        {
            yield return new ConformanceIssue(
                Id,
                "Chưa đặt trang đầu khác các trang sau (Different First Page), nên số trang hiện ở trang thứ nhất; quy định không hiển thị số trang thứ nhất.",
                Location,
                null);
        }
        else if (PageNumberFields.In(PageNumberFields.Header(context, "first")).Count > 0)
        {
            yield return new ConformanceIssue(Id, "Đầu trang của trang thứ nhất có số trang; quy định không hiển thị số trang thứ nhất.", Location, null);
        }
    }
}

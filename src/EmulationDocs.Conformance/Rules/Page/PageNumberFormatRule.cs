using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Page numbers are Arabic, 13–14 pt, upright.</summary>
internal sealed class PageNumberFormatRule : IConformanceRule
{
    public const string Id = "page-number.format";
    private const double MinPoints = 13;
    private const double MaxPoints = 14;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (!context.SpansSeveralPages)
        {
            yield break;
        }

        foreach (var paragraph in PageNumberFields.In(PageNumberFields.Header(context, "default")))
        {
            var formatting = context.Formatting.Resolve(paragraph);
            var outOfRange = formatting.SizesPoints.Any(size => size < MinPoints || size > MaxPoints);
            if (outOfRange || formatting.AnyItalic)
            {
                yield return new ConformanceIssue(
                    Id,
                    $"Số trang phải là chữ số Ả Rập, cỡ chữ 13–14 pt, kiểu chữ đứng (hiện tại: cỡ chữ {string.Join(", ", formatting.SizesPoints.Select(VietnameseNumber.Format))} pt{(formatting.AnyItalic ? ", in nghiêng" : string.Empty)}).",
                    "Đầu trang (số trang)",
                    null);
            }
        }
    }
}

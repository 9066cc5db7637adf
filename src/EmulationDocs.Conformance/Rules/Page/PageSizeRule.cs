using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Paper A4. Page 1 is portrait; later sections may turn landscape for wide tables.</summary>
internal sealed class PageSizeRule : IConformanceRule
{
    public const string Id = "page.size";
    private const double A4ShortMm = 210;
    private const double A4LongMm = 297;
    private const double ToleranceMm = 1;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        for (var index = 0; index < context.Sections.Count; index++)
        {
            var location = SectionLocation.Describe(index, context.Sections.Count, "khổ giấy");
            var size = context.Sections[index].GetFirstChild<PageSize>();
            if (size?.Width?.Value is not { } width || size.Height?.Value is not { } height)
            {
                yield return new ConformanceIssue(Id, "Không khai báo khổ giấy; quy định khổ A4 (210 × 297 mm).", location, null);
                continue;
            }

            var widthMm = Millimetres.FromTwips(width);
            var heightMm = Millimetres.FromTwips(height);
            var isA4 = (Near(widthMm, A4ShortMm) && Near(heightMm, A4LongMm)) || (Near(widthMm, A4LongMm) && Near(heightMm, A4ShortMm));
            var described = $"{VietnameseNumber.Format(Math.Round(widthMm, 1))} × {VietnameseNumber.Format(Math.Round(heightMm, 1))} mm";
            if (!isA4)
            {
                yield return new ConformanceIssue(Id, $"Khổ giấy {described}; quy định khổ A4 (210 × 297 mm).", location, null);
            }
            else if (index == 0 && widthMm > heightMm)
            {
                yield return new ConformanceIssue(Id, "Trang đầu trình bày theo chiều ngang; văn bản phải trình bày theo chiều dài khổ A4 (chiều ngang chỉ dành cho trang có bảng, biểu rộng).", location, null);
            }
        }
    }

    private static bool Near(double actual, double expected) => Math.Abs(actual - expected) <= ToleranceMm;
}

using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.</summary>
internal sealed class PageMarginsRule : IConformanceRule
{
    public const string Id = "page.margins";

    // Word stores centimetre settings rounded to whole twips (2,5 cm = 1418 twips = 25,01 mm).
    private const double ToleranceMm = 0.2;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        for (var index = 0; index < context.Sections.Count; index++)
        {
            var section = context.Sections[index];
            var size = section.GetFirstChild<PageSize>();
            // Word rotates the margins with a landscape page, so the portrait ranges do not apply there.
            if (size?.Width?.Value > size?.Height?.Value)
            {
                continue;
            }

            var location = SectionLocation.Describe(index, context.Sections.Count, "lề");
            var margin = section.GetFirstChild<PageMargin>();
            if (margin is null)
            {
                yield return new ConformanceIssue(Id, "Không khai báo lề trang; quy định lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.", location, null);
                continue;
            }

            var deviations = new[]
            {
                Deviation("lề trên", Math.Abs(margin.Top?.Value ?? 0), 20, 25),
                Deviation("lề dưới", Math.Abs(margin.Bottom?.Value ?? 0), 20, 25),
                Deviation("lề trái", margin.Left?.Value ?? 0, 30, 35),
                Deviation("lề phải", margin.Right?.Value ?? 0, 15, 20),
            }.OfType<string>().ToList();
            if (deviations.Count > 0)
            {
                yield return new ConformanceIssue(Id, $"Lề trang không đúng quy định: {string.Join("; ", deviations)}.", location, null);
            }
        }
    }

    private static string? Deviation(string name, double twips, double minMm, double maxMm)
    {
        var millimetres = Millimetres.FromTwips(twips);
        return millimetres < minMm - ToleranceMm || millimetres > maxMm + ToleranceMm
            ? $"{name} {VietnameseNumber.Format(Math.Round(millimetres, 1))} mm (quy định {minMm:0}–{maxMm:0} mm)"
            : null;
    }
}

using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Layout;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>How long a line under a text must be, as a share of the text's printed width. The bounds
/// are wider than the decree's so that the estimate of the text's width (the checker does not lay the
/// page out) never turns a correct line into an issue.</summary>
/// <param name="Minimum">Shortest accepted line, as a share of the text.</param>
/// <param name="Maximum">Longest accepted line, as a share of the text.</param>
/// <param name="Prescribed">The decree's wording, e.g. "dài bằng dòng chữ".</param>
internal sealed record LineProportion(double Minimum, double Maximum, string Prescribed)
{
    private const double TwipsPerMillimetre = 1440 / 25.4;

    /// <summary>Under the motto: as long as the text.</summary>
    public static readonly LineProportion WholeText = new(0.8, 1.25, "dài bằng độ dài của dòng chữ");

    /// <summary>Under the issuing body and the summary: the decree's 1/3 to 1/2, widened because a
    /// long text wraps where the checker cannot see.</summary>
    public static readonly LineProportion ThirdToHalf = new(0.2, 0.75, "dài từ 1/3 đến 1/2 độ dài của dòng chữ");

    /// <summary>A Vietnamese description of what is wrong with the line's length, or null when it
    /// is acceptable or cannot be measured.</summary>
    public string? Deviation(ConformanceContext context, DrawnLine line, IEnumerable<DocumentParagraph> text, string element)
    {
        if (line.Length is not { } length || LineLength.OfText(context, text) is not { } textWidth || textWidth <= 0)
        {
            return null;
        }

        var share = length / textWidth;
        if (share >= Minimum && share <= Maximum)
        {
            return null;
        }

        var comparison = share < Minimum ? "quá ngắn" : "quá dài";
        return $"Đường kẻ dưới {element} {comparison}: khoảng {Millimetres(length)} mm so với dòng chữ khoảng {Millimetres(textWidth)} mm; quy định đường kẻ {Prescribed}.";
    }

    private static string Millimetres(double twips) => VietnameseNumber.Format(Math.Round(twips / TwipsPerMillimetre));
}

using EmulationDocs.Conformance.Formatting;
using EmulationDocs.Conformance.Layout;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules;

/// <summary>How the text of an element must look: size range and, where the decree says so, case,
/// bold, italic and centring. Null means "not prescribed".</summary>
internal sealed record TextStyleExpectation(double MinPoints, double MaxPoints)
{
    public bool UpperCase { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public bool Centered { get; init; }

    /// <summary>Vietnamese descriptions of what differs, e.g. "chưa in đậm".</summary>
    public IReadOnlyList<string> DeviationsOf(DocumentParagraph paragraph, ParagraphFormatting formatting)
    {
        var deviations = new List<string>();
        if (UpperCase && !formatting.ShowsUpperCase(paragraph.Text))
        {
            deviations.Add("chưa viết bằng chữ in hoa");
        }

        if (Bold == true && !formatting.AllBold)
        {
            deviations.Add("chưa in đậm");
        }
        else if (Bold == false && formatting.AnyBold)
        {
            deviations.Add("không được in đậm");
        }

        if (Italic == true && !formatting.AllItalic)
        {
            deviations.Add("chưa in nghiêng");
        }
        else if (Italic == false && formatting.AnyItalic)
        {
            deviations.Add("phải là chữ đứng, không in nghiêng");
        }

        var outOfRange = formatting.SizesPoints.Where(size => size < MinPoints || size > MaxPoints).ToList();
        if (outOfRange.Count > 0)
        {
            deviations.Add($"cỡ chữ {string.Join(", ", outOfRange.Select(Points))} (quy định {Range})");
        }

        if (Centered && !formatting.Paragraph.IsCentered)
        {
            deviations.Add("chưa canh giữa");
        }

        return deviations;
    }

    private string Range => MinPoints == MaxPoints ? Points(MinPoints) : $"{VietnameseNumber.Format(MinPoints)}–{Points(MaxPoints)}";

    private static string Points(double size) => $"{VietnameseNumber.Format(size)} pt";
}

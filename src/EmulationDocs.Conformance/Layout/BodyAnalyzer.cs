using System.Text.RegularExpressions;
using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Picks the body paragraphs (box 6) between the title area and the closing block:
/// running text and items ("I.", "1.", "1.1.", "a)", "-"), but not centred part and chapter
/// headings, the "Kính gửi" block, drawn lines or table contents.</summary>
internal static partial class BodyAnalyzer
{
    public static IReadOnlyList<DocumentParagraph> Analyze(
        IReadOnlyList<DocumentParagraph> paragraphs, int startsAfter, int? closingStartsAt, FormattingResolver formatting)
    {
        var zone = paragraphs
            .Where(p => p.Number > startsAfter && p.Number < (closingStartsAt ?? int.MaxValue) && !p.IsInTable && !p.IsEmpty)
            .ToList();
        // The body ends with "./."; anything after it (a signature typed without a table) is not body.
        var end = zone.LastOrDefault(p => p.Text.EndsWith("./.", StringComparison.Ordinal));
        if (end is not null)
        {
            zone = zone.Where(p => p.Number <= end.Number).ToList();
        }

        var addressees = AddresseeBlock(zone);
        return zone
            .Where(p => !addressees.Contains(p) && !VietnameseText.IsDrawnLine(p.Text) && !IsHeading(p, formatting))
            .ToList();
    }

    /// <summary>"Kính gửi:" and the "- ...;" lines right under it.</summary>
    private static HashSet<DocumentParagraph> AddresseeBlock(List<DocumentParagraph> zone)
    {
        var block = new HashSet<DocumentParagraph>();
        var start = zone.FindIndex(p => p.Text.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return block;
        }

        block.Add(zone[start]);
        // Only "Kính gửi:" with nothing after the colon introduces a list of addressees.
        if (!zone[start].Text.EndsWith(':'))
        {
            return block;
        }

        foreach (var line in zone.Skip(start + 1).TakeWhile(p => p.Text.StartsWith('-')))
        {
            block.Add(line);
        }

        return block;
    }

    private static bool IsHeading(DocumentParagraph paragraph, FormattingResolver formatting)
    {
        var format = formatting.Resolve(paragraph);
        return format.Paragraph.IsCentered
            && (format.ShowsUpperCase(paragraph.Text) || PartOrChapter().IsMatch(paragraph.Text));
    }

    [GeneratedRegex(@"^(Phần|Chương|Mục|Tiểu mục)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PartOrChapter();
}

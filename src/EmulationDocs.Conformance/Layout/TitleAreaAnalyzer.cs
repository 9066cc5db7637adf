using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Finds the type name and summary just below the header, or the công văn "V/v" summary.</summary>
internal static class TitleAreaAnalyzer
{
    // The type name follows the header closely; only an urgency mark or a blank line may come first.
    private const int MaxParagraphsBeforeTypeName = 3;
    private const int MaxSummaryLines = 3;

    public static TitleArea Analyze(IReadOnlyList<DocumentParagraph> paragraphs, HeaderArea header, FormattingResolver formatting)
    {
        var following = paragraphs
            .Where(p => p.Number > header.EndsAt && !p.IsEmpty && !p.IsInTable && !VietnameseText.IsDrawnLine(p.Text))
            .Take(MaxParagraphsBeforeTypeName)
            .ToList();
        var typeName = following.FirstOrDefault(p => DocumentTypeNames.IsTypeName(p.Text));
        if (typeName is null)
        {
            var letterSummary = header.LetterSummary
                ?? following.FirstOrDefault(p => p.Text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
            return new TitleArea
            {
                LetterSummary = letterSummary,
                EndsAt = Math.Max(header.EndsAt, letterSummary?.Number ?? 0),
            };
        }

        var summary = SummaryAfter(paragraphs, typeName, formatting);
        return new TitleArea
        {
            TypeName = typeName,
            Summary = summary,
            EndsAt = summary.Count > 0 ? summary[^1].Number : typeName.Number,
        };
    }

    /// <summary>The summary starts at the next non-blank line when it looks like a summary (centred
    /// or bold: body text is neither) and continues over centred lines until a blank or drawn line.</summary>
    private static List<DocumentParagraph> SummaryAfter(
        IReadOnlyList<DocumentParagraph> paragraphs, DocumentParagraph typeName, FormattingResolver formatting)
    {
        var summary = new List<DocumentParagraph>();
        foreach (var paragraph in paragraphs.Where(p => p.Number > typeName.Number && !p.IsInTable))
        {
            if (summary.Count == 0 && paragraph.IsEmpty)
            {
                continue;
            }

            var format = formatting.Resolve(paragraph);
            var looksLikeSummary = summary.Count == 0
                ? format.Paragraph.IsCentered || format.AnyBold
                : format.Paragraph.IsCentered;
            if (paragraph.IsEmpty || summary.Count == MaxSummaryLines || !looksLikeSummary || IsNotSummary(paragraph.Text, format))
            {
                break;
            }

            summary.Add(paragraph);
        }

        return summary;
    }

    private static bool IsNotSummary(string text, ParagraphFormatting format) =>
        VietnameseText.IsDrawnLine(text)
        || format.ShowsUpperCase(text)
        || text.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase);
}

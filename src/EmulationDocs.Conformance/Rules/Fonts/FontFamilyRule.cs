using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Rules.Fonts;

/// <summary>All text is set in Times New Roman, including page headers and footers.</summary>
internal sealed class FontFamilyRule : IConformanceRule
{
    public const string Id = "font.family";
    private const string RequiredFont = "Times New Roman";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        foreach (var paragraph in context.Layout.Paragraphs.Where(p => !p.IsEmpty))
        {
            if (Message(context.FormattingOf(paragraph)) is { } message)
            {
                yield return context.Issue(Id, paragraph, message);
            }
        }

        foreach (var (part, place) in HeadersAndFooters(context))
        {
            var number = 0;
            foreach (var paragraph in part)
            {
                number++;
                if (Message(context.Formatting.Resolve(paragraph)) is { } message)
                {
                    yield return new ConformanceIssue(Id, message, $"{place}, đoạn {number}", null);
                }
            }
        }
    }

    private static IEnumerable<(IEnumerable<Paragraph> Paragraphs, string Place)> HeadersAndFooters(ConformanceContext context) =>
        context.Main.HeaderParts.Select((part, index) => (Paragraphs(part.Header), $"Đầu trang {index + 1}"))
            .Concat(context.Main.FooterParts.Select((part, index) => (Paragraphs(part.Footer), $"Chân trang {index + 1}")));

    private static IEnumerable<Paragraph> Paragraphs(DocumentFormat.OpenXml.OpenXmlElement? root) =>
        root?.Descendants<Paragraph>() ?? [];

    /// <summary>Word draws ASCII characters with the ascii font and Vietnamese letters with
    /// diacritics with the hAnsi font, so each is checked only where such characters occur.</summary>
    private static string? Message(ParagraphFormatting formatting)
    {
        var wrongFonts = formatting.Runs
            .SelectMany(run => FontsShowing(run))
            .Where(font => !string.Equals(font.Trim(), RequiredFont, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return wrongFonts.Count == 0
            ? null
            : $"Phông chữ {string.Join(", ", wrongFonts)}; quy định phông chữ Times New Roman.";
    }

    private static IEnumerable<string> FontsShowing(FormattedRun run)
    {
        if (run.Text.Any(character => char.IsAscii(character) && !char.IsWhiteSpace(character)))
        {
            yield return run.Format.AsciiFont;
        }

        if (run.Text.Any(character => !char.IsAscii(character)))
        {
            yield return run.Format.HighAnsiFont;
        }
    }
}

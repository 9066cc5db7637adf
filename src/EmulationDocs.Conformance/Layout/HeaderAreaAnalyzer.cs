using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Finds the header elements by their text, in the header table when there is one (left
/// column: bodies and number; right column: national title, motto, date) and otherwise in the
/// leading paragraphs.</summary>
internal static partial class HeaderAreaAnalyzer
{
    // Without a header table the header can only be among the first lines of the page.
    private const int MaxHeaderParagraphsWithoutTable = 12;

    public static HeaderArea Analyze(IReadOnlyList<DocumentParagraph> paragraphs, FormattingResolver formatting)
    {
        var table = FindHeaderTable(paragraphs);
        List<DocumentParagraph> area;
        List<DocumentParagraph> left;
        List<DocumentParagraph> right;
        if (table is not null)
        {
            area = paragraphs.Where(p => p.IsIn(table)).ToList();
            left = area.Where(p => p.Cell!.Column == 1 && !p.IsEmpty).ToList();
            right = area.Where(p => p.Cell!.Column > 1 && !p.IsEmpty).ToList();
        }
        else
        {
            area = paragraphs.Where(p => !p.IsEmpty && !p.IsInTable).Take(MaxHeaderParagraphsWithoutTable).ToList();
            left = area;
            right = area;
        }

        var nationalTitle = right.FirstOrDefault(p => LooksLikeNationalTitle(p.Text));
        var motto = LineAfter(right, nationalTitle) is { } next && LooksLikeMotto(next.Text) ? next : null;
        var placeDate = right.FirstOrDefault(p => p.Number > (motto ?? nationalTitle)?.Number && PlaceDateShape().IsMatch(p.Text))
            ?? right.FirstOrDefault(p => PlaceDateShape().IsMatch(p.Text));
        var number = left.FirstOrDefault(p => NumberShape().IsMatch(p.Text));
        var letterSummary = left.FirstOrDefault(p => p.Text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));

        var named = new[] { nationalTitle, motto, placeDate, number, letterSummary }.OfType<DocumentParagraph>().ToList();
        // The bodies are the upper-case lines stacked directly above the number (or the "V/v" line).
        var bodyCandidates = left
            .Where(p => p.Number < (number?.Number ?? letterSummary?.Number ?? int.MaxValue))
            .Where(p => !named.Contains(p) && !VietnameseText.IsDrawnLine(p.Text))
            .Reverse()
            .TakeWhile(p => formatting.Resolve(p).ShowsUpperCase(p.Text))
            .Reverse()
            .ToList();
        var (governing, issuing) = SplitBodies(bodyCandidates, formatting);

        var endsAt = table is not null
            ? area.Max(p => p.Number)
            : named.Concat(issuing).Select(p => p.Number).DefaultIfEmpty(0).Max();
        return new HeaderArea
        {
            Table = table,
            Paragraphs = table is not null ? area : area.Where(p => p.Number <= endsAt).ToList(),
            GoverningBody = governing,
            IssuingBody = issuing,
            Number = number,
            NationalTitle = nationalTitle,
            Motto = motto,
            PlaceDate = placeDate,
            LetterSummary = letterSummary,
            EndsAt = endsAt,
        };
    }

    /// <summary>The first table that holds the national title or the "Số:" line.</summary>
    private static Table? FindHeaderTable(IReadOnlyList<DocumentParagraph> paragraphs) =>
        paragraphs
            .Where(p => p.IsInTable && (LooksLikeNationalTitle(p.Text) || NumberShape().IsMatch(p.Text)))
            .Select(p => p.Cell!.Table)
            .FirstOrDefault();

    /// <summary>The issuing body is bold and the governing body above it is not, so leading non-bold
    /// lines are the governing body. When nothing is bold the last line is taken as the issuing body
    /// (it is the one with the line under it), so that its missing bold gets reported.</summary>
    private static (List<DocumentParagraph> Governing, List<DocumentParagraph> Issuing) SplitBodies(
        List<DocumentParagraph> bodies, FormattingResolver formatting)
    {
        var leadingNotBold = bodies.TakeWhile(p => !formatting.Resolve(p).AnyBold).Count();
        if (leadingNotBold == bodies.Count && bodies.Count > 0)
        {
            leadingNotBold--;
        }

        return (bodies.Take(leadingNotBold).ToList(), bodies.Skip(leadingNotBold).ToList());
    }

    /// <summary>The next non-blank line after <paramref name="line"/>, skipping typed lines.</summary>
    private static DocumentParagraph? LineAfter(List<DocumentParagraph> column, DocumentParagraph? line) =>
        line is null
            ? null
            : column.SkipWhile(p => !ReferenceEquals(p, line)).Skip(1).FirstOrDefault(p => !VietnameseText.IsDrawnLine(p.Text));

    private static bool LooksLikeNationalTitle(string text)
    {
        var upper = text.ToUpperInvariant();
        return upper.StartsWith("CỘNG HÒA", StringComparison.Ordinal)
            || upper.StartsWith("CỘNG HOÀ", StringComparison.Ordinal)
            || upper.Contains("XÃ HỘI CHỦ NGHĨA", StringComparison.Ordinal);
    }

    private static bool LooksLikeMotto(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains("độc lập", StringComparison.Ordinal)
            || lower.Contains("tự do", StringComparison.Ordinal)
            || lower.Contains("hạnh phúc", StringComparison.Ordinal);
    }

    // Loose shapes used only to find the element; the rules check the exact form.
    [GeneratedRegex(@"^s[ốo]\s*[:\d]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    [GeneratedRegex(@",\s*ngày|ngày.*tháng.*năm", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateShape();
}

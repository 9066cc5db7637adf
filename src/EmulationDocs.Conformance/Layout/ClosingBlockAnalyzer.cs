using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Finds the closing block: normally a two-column table with "Nơi nhận:" on the left and
/// the authority, title and name of the signer on the right; without a table, the "Nơi nhận:"
/// paragraph and the authority lines are found by their text.</summary>
internal static partial class ClosingBlockAnalyzer
{
    public static ClosingBlock Analyze(IReadOnlyList<DocumentParagraph> paragraphs, int contentStartsAfter, FormattingResolver formatting)
    {
        var candidates = paragraphs.Where(p => p.Number > contentStartsAfter && !p.IsEmpty).ToList();
        var table = FindClosingTable(candidates);
        return table is not null
            ? FromTable(paragraphs, table, formatting)
            : FromParagraphs(candidates, formatting);
    }

    /// <summary>The table holding "Nơi nhận:", else the last one holding an authority line.</summary>
    private static Table? FindClosingTable(List<DocumentParagraph> candidates) =>
        candidates.FirstOrDefault(p => p.IsInTable && IsRecipientsHeading(p.Text))?.Cell!.Table
        ?? candidates.LastOrDefault(p => p.IsInTable && AuthorityPrefix().IsMatch(p.Text))?.Cell!.Table;

    private static ClosingBlock FromTable(IReadOnlyList<DocumentParagraph> paragraphs, Table table, FormattingResolver formatting)
    {
        var cells = paragraphs.Where(p => p.IsIn(table)).ToList();
        var heading = cells.FirstOrDefault(p => IsRecipientsHeading(p.Text));
        var recipients = heading is null
            ? []
            : cells.Where(p => p.Cell!.Column == heading.Cell!.Column && p.Number > heading.Number && !p.IsEmpty).ToList();
        var lastColumn = cells.Max(c => c.Cell!.Column);
        var signatureColumn = cells
            .Where(p => p.Cell!.Column == lastColumn && !p.IsEmpty && !VietnameseText.IsDrawnLine(p.Text))
            .Where(p => !ReferenceEquals(p, heading) && !recipients.Contains(p))
            .ToList();
        var authority = signatureColumn.TakeWhile(p => formatting.Resolve(p).ShowsUpperCase(p.Text)).ToList();
        var last = signatureColumn.LastOrDefault();
        var signerName = last is not null && !authority.Contains(last) && !last.Text.StartsWith('(') ? last : null;
        return new ClosingBlock
        {
            Table = table,
            RecipientsHeading = heading,
            RecipientLines = recipients,
            AuthorityLines = authority,
            SignerName = signerName,
            StartsAt = cells.Min(p => p.Number),
        };
    }

    private static ClosingBlock FromParagraphs(List<DocumentParagraph> candidates, FormattingResolver formatting)
    {
        var outside = candidates.Where(p => !p.IsInTable).ToList();
        var heading = outside.LastOrDefault(p => IsRecipientsHeading(p.Text));
        var recipients = heading is null
            ? []
            : outside.SkipWhile(p => p.Number <= heading.Number).TakeWhile(p => p.Text.StartsWith('-')).ToList();
        var firstAuthority = outside.FirstOrDefault(p => AuthorityPrefix().IsMatch(p.Text));
        var authority = firstAuthority is null
            ? []
            : outside.SkipWhile(p => p.Number < firstAuthority.Number)
                .TakeWhile(p => !ReferenceEquals(p, heading) && formatting.Resolve(p).ShowsUpperCase(p.Text))
                .ToList();
        var starts = new[] { heading?.Number, firstAuthority?.Number }.Where(n => n is not null).Min();
        return new ClosingBlock
        {
            RecipientsHeading = heading,
            RecipientLines = recipients,
            AuthorityLines = authority,
            StartsAt = starts,
        };
    }

    private static bool IsRecipientsHeading(string text) =>
        text.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityPrefix();
}

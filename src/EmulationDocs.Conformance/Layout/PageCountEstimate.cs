using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Whether a document runs past page 1. The checker cannot paginate, so it trusts page
/// breaks and section breaks (including those Word records at its last layout) and otherwise estimates lines.</summary>
internal static class PageCountEstimate
{
    // A4 with the decree's margins at 13–14 pt: about 80 characters a line, 36 lines a page.
    private const int CharactersPerLine = 80;
    private const int LinesPerPage = 36;

    public static bool SpansSeveralPages(Body body, IReadOnlyList<DocumentParagraph> paragraphs)
    {
        var hasBreak = body.Descendants<LastRenderedPageBreak>().Any()
            || body.Descendants<Break>().Any(b => b.Type?.InnerText == "page")
            || body.Descendants<PageBreakBefore>().Any(p => p.Val?.Value ?? true)
            // A section break inside the body (an annex in a section of its own) starts a new page too.
            || body.Descendants<ParagraphProperties>().Any(p => p.SectionProperties is not null);
        var lines = paragraphs.Sum(p => Math.Max(1, (p.Text.Length + CharactersPerLine - 1) / CharactersPerLine));
        return hasBreak || lines > LinesPerPage;
    }
}

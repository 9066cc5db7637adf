using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Box 6: the body markdown alone in a paragraph of the body style; the engine turns it into
/// paragraphs of that style. The closing "./." belongs to the body text itself (the clerk types it
/// at the end of the last paragraph, as every seed document does), so it lands on the last line
/// instead of a line of its own. The paragraph keeps with the next: the engine gives that to the
/// last paragraph of the body only, so the closing block never stands alone on a page.
/// </summary>
internal static class BodyBlock
{
    public static Paragraph Create() => TemplateParagraph.Create(StyleIds.Body, "{{markdown body}}").KeepingWithNext();
}

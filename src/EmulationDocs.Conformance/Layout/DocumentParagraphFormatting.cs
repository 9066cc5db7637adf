using EmulationDocs.Conformance.Formatting;

namespace EmulationDocs.Conformance.Layout;

internal static class DocumentParagraphFormatting
{
    /// <summary>Effective formatting of the paragraph, or of its line when it was split at line breaks.</summary>
    public static ParagraphFormatting Resolve(this FormattingResolver resolver, DocumentParagraph paragraph) =>
        resolver.Resolve(paragraph.Element, paragraph.Segments);
}

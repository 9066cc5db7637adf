using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Layout;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Whether a header line has the solid line under it. It may be drawn as the line's own
/// bottom border; on the next paragraph as a top border, a typed line, or the bottom border of an
/// empty, squeezed paragraph (our templates do this to control its length); or as a shape. Shapes
/// float, so one anchored anywhere in the same header column counts.</summary>
internal static class LineUnder
{
    public static bool Exists(ConformanceContext context, DocumentParagraph paragraph)
    {
        if (context.FormattingOf(paragraph).Paragraph.HasBottomBorder
            || ParagraphContent.HasDrawing(paragraph.Element))
        {
            return true;
        }

        var next = context.Layout.Next(paragraph);
        if (next is not null
            && (context.FormattingOf(next).Paragraph.HasTopBorder
                || (next.IsEmpty && context.FormattingOf(next).Paragraph.HasBottomBorder)
                || ParagraphContent.HasDrawing(next.Element)
                || VietnameseText.IsDrawnLine(next.Text)))
        {
            return true;
        }

        return context.Layout.Header.Paragraphs
            .Where(p => p.Cell?.Column == paragraph.Cell?.Column)
            .Any(p => ParagraphContent.HasDrawing(p.Element));
    }
}

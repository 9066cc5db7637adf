using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Layout;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>The solid line under a header or title line. It may be drawn as the line's own bottom
/// border; on the next paragraph as a top border, a typed line, or the bottom border of an empty,
/// squeezed paragraph (our templates do this to control its length); or as a shape. Shapes float,
/// so under a header line one anchored anywhere in the same header column counts.</summary>
internal static class LineUnder
{
    /// <summary>The line under <paramref name="paragraph"/>, or null when there is none.</summary>
    public static DrawnLine? Find(ConformanceContext context, DocumentParagraph paragraph)
    {
        if (context.FormattingOf(paragraph).Paragraph.HasBottomBorder)
        {
            return new DrawnLine(LineLength.OfBorder(context, paragraph));
        }

        if (ParagraphContent.HasDrawing(paragraph.Element))
        {
            return new DrawnLine(LineLength.OfDrawing(paragraph.Element));
        }

        var next = context.Layout.Next(paragraph);
        if (next is not null)
        {
            var format = context.FormattingOf(next).Paragraph;
            if (format.HasTopBorder || (next.IsEmpty && format.HasBottomBorder))
            {
                return new DrawnLine(LineLength.OfBorder(context, next));
            }

            if (ParagraphContent.HasDrawing(next.Element))
            {
                return new DrawnLine(LineLength.OfDrawing(next.Element));
            }

            if (VietnameseText.IsDrawnLine(next.Text))
            {
                return new DrawnLine(LineLength.OfTypedLine(context, next));
            }
        }

        if (!context.Layout.Header.Paragraphs.Contains(paragraph))
        {
            return null;
        }

        return context.Layout.Header.Paragraphs
            .Where(p => p.Cell?.Column == paragraph.Cell?.Column && ParagraphContent.HasDrawing(p.Element))
            .Select(p => new DrawnLine(LineLength.OfDrawing(p.Element)))
            .FirstOrDefault();
    }
}

/// <summary>A line drawn under a text; its length in twips when it can be measured.</summary>
internal sealed record DrawnLine(double? Length);

using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Lists the paragraphs of the document body in reading order with their table positions.</summary>
internal static class DocumentParagraphReader
{
    public static IReadOnlyList<DocumentParagraph> Read(Body body)
    {
        var tableNumbers = body.Descendants<Table>()
            .Select((table, index) => (table, number: index + 1))
            .ToDictionary(entry => entry.table, entry => entry.number);
        var paragraphsPerColumn = new Dictionary<(Table, int), int>();
        var result = new List<DocumentParagraph>();
        var number = 0;
        // Text box content belongs to a drawing, not to the flow of the page; it is left out.
        foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !p.Ancestors<TextBoxContent>().Any()))
        {
            number++;
            var segments = ParagraphContent.Segments(paragraph);
            var cell = PositionOf(paragraph, tableNumbers, paragraphsPerColumn);
            // Only header and signature cells stack lines with line breaks; in running text a
            // break does not start a new element, and splitting would misplace the first-line indent.
            var lines = cell is null ? [segments] : ParagraphContent.Lines(segments);
            for (var line = 0; line < lines.Count; line++)
            {
                result.Add(new DocumentParagraph(paragraph, number, lines[line], cell, lines.Count > 1 ? line + 1 : null));
            }
        }

        return result;
    }

    private static TablePosition? PositionOf(
        Paragraph paragraph,
        Dictionary<Table, int> tableNumbers,
        Dictionary<(Table, int), int> paragraphsPerColumn)
    {
        var cell = paragraph.Ancestors<TableCell>().FirstOrDefault();
        if (cell?.Parent is not TableRow row || row.Parent is not Table table)
        {
            return null;
        }

        var column = row.Elements<TableCell>().TakeWhile(c => !ReferenceEquals(c, cell)).Count() + 1;
        var rowNumber = table.Elements<TableRow>().TakeWhile(r => !ReferenceEquals(r, row)).Count() + 1;
        var inColumn = paragraphsPerColumn.GetValueOrDefault((table, column)) + 1;
        paragraphsPerColumn[(table, column)] = inColumn;
        return new TablePosition(table, tableNumbers[table], rowNumber, column, inColumn);
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Where a paragraph sits when it is inside a table cell (innermost cell).</summary>
/// <param name="TableNumber">1-based ordinal of the table in the body.</param>
/// <param name="ParagraphInColumn">1-based ordinal among the paragraphs of that column of the table,
/// counted down through all rows, because header tables often put "Số" and the date in a second row.</param>
internal sealed record TablePosition(Table Table, int TableNumber, int Row, int Column, int ParagraphInColumn);

/// <summary>A body paragraph with its concatenated, normalised text and its position. In table
/// cells, a paragraph whose lines are separated by manual line breaks yields one instance per line.</summary>
internal sealed class DocumentParagraph
{
    public DocumentParagraph(Paragraph element, int number, IReadOnlyList<RunSegment> segments, TablePosition? cell, int? line)
    {
        Element = element;
        Number = number;
        Segments = segments;
        Text = VietnameseText.Normalize(string.Concat(segments.Select(segment => segment.Text)));
        Cell = cell;
        Line = line;
    }

    public Paragraph Element { get; }

    /// <summary>The runs (or parts of runs) that make up this paragraph or line.</summary>
    public IReadOnlyList<RunSegment> Segments { get; }

    /// <summary>1-based line within the Word paragraph when it was split at line breaks; else null.</summary>
    public int? Line { get; }

    /// <summary>1-based position among all paragraphs of the body, table cells included.</summary>
    public int Number { get; }

    /// <summary>Text of all runs, whitespace collapsed (see <see cref="VietnameseText.Normalize"/>).</summary>
    public string Text { get; }

    public TablePosition? Cell { get; }

    public bool IsEmpty => Text.Length == 0;

    public bool IsInTable => Cell is not null;

    public bool IsIn(Table? table) => table is not null && ReferenceEquals(Cell?.Table, table);
}

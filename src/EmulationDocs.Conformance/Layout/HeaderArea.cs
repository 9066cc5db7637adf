using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Layout;

/// <summary>Boxes 1 to 4 of the layout: bodies, number, national title, motto, place and date.</summary>
internal sealed class HeaderArea
{
    public Table? Table { get; init; }

    /// <summary>Paragraphs that make up the header area (the header table's paragraphs, or the
    /// leading paragraphs when the header is not a table).</summary>
    public IReadOnlyList<DocumentParagraph> Paragraphs { get; init; } = [];

    public IReadOnlyList<DocumentParagraph> GoverningBody { get; init; } = [];

    public IReadOnlyList<DocumentParagraph> IssuingBody { get; init; } = [];

    public DocumentParagraph? Number { get; init; }

    public DocumentParagraph? NationalTitle { get; init; }

    public DocumentParagraph? Motto { get; init; }

    public DocumentParagraph? PlaceDate { get; init; }

    /// <summary>The "V/v ..." summary of a công văn when it sits in the header's left column.</summary>
    public DocumentParagraph? LetterSummary { get; init; }

    /// <summary>Number of the last paragraph of the header area; 0 when there is none.</summary>
    public int EndsAt { get; init; }
}

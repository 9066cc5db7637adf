namespace EmulationDocs.Conformance.Layout;

/// <summary>Box 5: the type name and summary (5a) or, for a công văn, the "V/v" summary (5b).</summary>
internal sealed class TitleArea
{
    public DocumentParagraph? TypeName { get; init; }

    public IReadOnlyList<DocumentParagraph> Summary { get; init; } = [];

    public DocumentParagraph? LetterSummary { get; init; }

    /// <summary>Number of the last paragraph of the title area; 0 when there is none.</summary>
    public int EndsAt { get; init; }
}

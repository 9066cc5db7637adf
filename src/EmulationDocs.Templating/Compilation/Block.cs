namespace EmulationDocs.Templating.Compilation;

/// <summary>How far a block reaches, decided by where its tags stand.</summary>
internal enum BlockScope
{
    /// <summary>Open and close in one paragraph: the runs between them.</summary>
    Inline,
    /// <summary>Each tag alone in its own paragraph: the paragraphs and tables between them.</summary>
    Paragraphs,
    /// <summary>Open in the first cell of a row, close in the last cell of the same or a later row: those rows.</summary>
    Rows,
}

/// <summary>A matched block: its open tag, optional else and close tag.</summary>
internal sealed record Block(TagOccurrence Open, TagOccurrence? Else, TagOccurrence Close)
{
    public BlockScope Scope { get; set; }
}

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// Bounds applied while reading an uploaded package. The decompressed size is counted from the
/// bytes actually inflated, never from the sizes the zip headers claim, so a zip bomb stops early.
/// </summary>
public sealed record PackageLimits
{
    public long MaxPackageBytes { get; init; } = 50L * 1024 * 1024;
    public long MaxTotalUncompressedBytes { get; init; } = 256L * 1024 * 1024;
    public long MaxEntryUncompressedBytes { get; init; } = 128L * 1024 * 1024;
    public int MaxEntries { get; init; } = 5_000;

    /// <summary>
    /// Element nesting of any XML part. Word's own deepest structures (tables in tables, drawings in text boxes) stay well
    /// under a hundred levels; the bound keeps every recursive reader (the Open XML SDK's included) far from the stack's end.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>XML elements of all parts together: a 5,000-row table is a few hundred thousand.</summary>
    public long MaxXmlElements { get; init; } = 2_000_000;

    /// <summary>Inflated to compressed size above which an entry larger than <see cref="CompressionRatioFloorBytes"/> is taken for a zip bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Small entries compress far beyond any ratio (a part of repeated empty paragraphs); only large ones are judged by it.</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// External hyperlinks are only clicked by a reader, never fetched while converting or rendering; every other external
    /// relationship (image, attached template, OLE object, frame, subdocument…) is refused.
    /// </summary>
    public bool AllowExternalHyperlinks { get; init; } = true;

    public static PackageLimits Default { get; } = new();
}

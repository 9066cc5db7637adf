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

    public static PackageLimits Default { get; } = new();
}

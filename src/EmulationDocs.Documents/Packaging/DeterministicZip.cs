using System.IO.Compression;

namespace EmulationDocs.Documents.Packaging;

/// <summary>
/// Re-packs a package so that identical content gives identical bytes: the packaging layer stamps
/// entries with the current time, which would make every generated template differ from the one
/// committed in templates/.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>A fixed, valid DOS timestamp (the zip format cannot store dates before 1980).</summary>
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypesEntry = "[Content_Types].xml";

    public static byte[] Normalize(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; the rest in a stable order.
            var entries = source.Entries
                .OrderBy(entry => entry.FullName == ContentTypesEntry ? 0 : 1)
                .ThenBy(entry => entry.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                // Stored, not deflated: deflate output depends on the zlib build of the runtime, and the
                // committed templates must stay byte-identical on every machine; they are small anyway.
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression);
                copy.LastWriteTime = FixedTimestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}

using System.IO.Compression;

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// The one zip writer of the solution: entries deflated at the optimal level with a fixed timestamp, so
/// identical content written in the same order gives byte-identical packages and a hash can identify a
/// document. Optimal rather than fastest because every stored version and e-mail attachment pays for the size.
/// </summary>
/// <remarks>
/// The runtime deflates with the zlib-ng it ships with, not the operating system's zlib, so the bytes do not
/// depend on the machine; a runtime update that changes them is caught by the committed-templates tests.
/// </remarks>
public sealed class DeterministicZipWriter : IDisposable
{
    /// <summary>A fixed, valid DOS timestamp (the zip format cannot store dates before 1980, so not that close to the limit).</summary>
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _archive;

    public DeterministicZipWriter(Stream output) =>
        _archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>
    /// Re-packs a package deterministically: [Content_Types].xml first, as Office writes it, then the other
    /// entries in ordinal order, for packages built by libraries that stamp entries with the current time.
    /// </summary>
    public static byte[] Repack(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new DeterministicZipWriter(output))
        {
            var entries = source.Entries
                .OrderBy(entry => entry.FullName == DocxPackage.ContentTypesEntry ? 0 : 1)
                .ThenBy(entry => entry.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                using var from = entry.Open();
                using var to = target.Open(entry.FullName);
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    public void Write(string path, byte[] content)
    {
        using var stream = Open(path);
        stream.Write(content);
    }

    public Stream Open(string path)
    {
        var entry = _archive.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        return entry.Open();
    }

    public void Dispose() => _archive.Dispose();
}

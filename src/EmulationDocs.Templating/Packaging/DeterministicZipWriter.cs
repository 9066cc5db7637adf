using System.IO.Compression;

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// Writes zip entries with a fixed timestamp and compression level, so identical content gives
/// byte-identical packages and a hash can identify a document.
/// </summary>
internal sealed class DeterministicZipWriter : IDisposable
{
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive _archive;

    public DeterministicZipWriter(Stream output) =>
        _archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    public void Write(string path, byte[] content)
    {
        using var stream = Open(path);
        stream.Write(content);
    }

    public Stream Open(string path)
    {
        var entry = _archive.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTimestamp;
        return entry.Open();
    }

    public void Dispose() => _archive.Dispose();
}

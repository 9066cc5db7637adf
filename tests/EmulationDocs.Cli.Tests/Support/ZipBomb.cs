using System.IO.Compression;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>Builds a zip bomb from a real .docx: every original entry plus one huge entry of zeros that deflates to about a megabyte.</summary>
public static class ZipBomb
{
    public const string EntryName = "word/media/zeros.bin";

    public static void Create(string docx, string destination, long zeroBytes)
    {
        using var source = ZipFile.OpenRead(docx);
        // Create mode streams each entry through the compressor straight to the file; Update mode
        // would hold the whole uncompressed gigabyte in memory first.
        using var bomb = ZipFile.Open(destination, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var from = entry.Open();
            using var to = bomb.CreateEntry(entry.FullName).Open();
            from.CopyTo(to);
        }

        var chunk = new byte[1024 * 1024];
        using var zeros = bomb.CreateEntry(EntryName, CompressionLevel.Fastest).Open();
        for (var written = 0L; written < zeroBytes; written += chunk.Length)
            zeros.Write(chunk, 0, (int)Math.Min(chunk.Length, zeroBytes - written));
    }
}

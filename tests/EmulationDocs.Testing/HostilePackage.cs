using System.IO.Compression;
using System.Text;

namespace EmulationDocs.Testing;

/// <summary>
/// Office packages crafted the way an attacker would: parts nested deep enough to overflow a recursive walk, entries whose
/// names climb out of the package, duplicate parts, relationships that point outside.
/// </summary>
public static class HostilePackage
{
    /// <summary>
    /// <paramref name="package"/> with <paramref name="depth"/> elements nested inside the root element of
    /// <paramref name="entry"/>: a few kilobytes compressed, a stack overflow for any recursive reader.
    /// </summary>
    public static byte[] Nested(byte[] package, string entry, int depth) => Rewrite(package, entry, xml =>
    {
        var root = xml.IndexOf('<', xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) : 0);
        var insertAt = xml.IndexOf('>', root) + 1;
        var nest = new StringBuilder(depth * 15);
        for (var i = 0; i < depth; i++) nest.Append("<nest>");
        for (var i = 0; i < depth; i++) nest.Append("</nest>");
        return xml.Insert(insertAt, nest.ToString());
    });

    /// <summary><paramref name="package"/> with one more entry named exactly <paramref name="name"/> (duplicates allowed).</summary>
    public static byte[] WithEntry(byte[] package, string name, string content)
    {
        var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
        return output.ToArray();
    }

    /// <summary><paramref name="package"/> with a relationship of <paramref name="type"/> (the last segment, e.g. "image") to an external URL.</summary>
    public static byte[] WithExternalRelationship(byte[] package, string relationshipsEntry, string type, string url) =>
        Rewrite(package, relationshipsEntry, xml => xml.Replace("</Relationships>",
            $"<Relationship Id=\"rIdOutside\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{url}\" TargetMode=\"External\"/></Relationships>",
            StringComparison.Ordinal));

    public static byte[] Rewrite(byte[] package, string entryName, Func<string, string> change)
    {
        var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName) ?? throw new ArgumentException($"No entry {entryName} in the package.", nameof(entryName));
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open());
            writer.Write(change(xml));
        }
        return output.ToArray();
    }
}

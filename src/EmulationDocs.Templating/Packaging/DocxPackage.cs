using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// A Word package read fully into memory, entry by entry, with the limits enforced. Knows the OPC
/// plumbing the engine needs (content types, relationships); nothing of templates.
/// </summary>
internal sealed class DocxPackage
{
    public const string ContentTypesEntry = "[Content_Types].xml";
    private const string MainDocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string TemplateMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string MacroDocumentType = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private const string MacroTemplateType = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    internal static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    private DocxPackage(List<KeyValuePair<string, byte[]>> entries, string mainDocumentPath)
    {
        Entries = entries;
        MainDocumentPath = mainDocumentPath;
    }

    /// <summary>Entries in their original order (kept so output is deterministic).</summary>
    public List<KeyValuePair<string, byte[]>> Entries { get; }

    public string MainDocumentPath { get; }

    public byte[]? Find(string path) => Entries.FirstOrDefault(e => e.Key == path).Value;

    public void Replace(string path, byte[] content)
    {
        var index = Entries.FindIndex(e => e.Key == path);
        if (index >= 0) Entries[index] = new(path, content);
        else Entries.Add(new(path, content));
    }

    public static DocxPackage Read(Stream input, PackageLimits limits)
    {
        var buffer = ReadBounded(input, limits.MaxPackageBytes,
            () => Fail(ProblemCode.PackageTooLarge, $"Tệp lớn hơn giới hạn {limits.MaxPackageBytes / (1024 * 1024)} MB."));
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(buffer, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Fail(ProblemCode.NotADocx, "Tệp không phải là văn bản Word (.docx): không đọc được định dạng nén.");
        }

        using (zip)
        {
            Inspect(zip, limits);
            var entries = new List<KeyValuePair<string, byte[]>>(zip.Entries.Count);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                using var stream = entry.Open();
                var content = new MemoryStream();
                stream.CopyTo(content);
                entries.Add(new(entry.FullName, content.ToArray()));
            }

            var mainPath = FindMainDocument(entries);
            return new DocxPackage(entries, mainPath);
        }
    }

    /// <summary>The part the package relationship "officeDocument" points to, if its content type is a Word main part.</summary>
    private static string FindMainDocument(List<KeyValuePair<string, byte[]>> entries)
    {
        var types = entries.FirstOrDefault(e => e.Key == ContentTypesEntry).Value;
        var packageRels = entries.FirstOrDefault(e => e.Key == "_rels/.rels").Value;
        if (types is null || packageRels is null)
            throw Fail(ProblemCode.NotADocx, "Tệp không phải là văn bản Word (.docx): thiếu [Content_Types].xml hoặc _rels/.rels.");
        var target = LoadXml(packageRels, "_rels/.rels").Root!.Elements(RelationshipsNs + "Relationship")
            .Where(r => ((string?)r.Attribute("Type") ?? "").EndsWith("/officeDocument", StringComparison.Ordinal))
            .Select(r => ResolveTarget("", (string?)r.Attribute("Target") ?? ""))
            .FirstOrDefault(path => entries.Any(e => e.Key == path));
        if (target is null)
            throw Fail(ProblemCode.NotADocx, "Tệp không phải là văn bản Word (.docx): không có phần nội dung chính.");

        var type = ContentTypeOf(LoadXml(types, ContentTypesEntry), target);
        if (type is MacroDocumentType or MacroTemplateType)
            throw Fail(ProblemCode.MacroEnabled, "Tệp có macro (.docm/.dotm) không được chấp nhận; hãy lưu thành .docx.");
        if (type is not (MainDocumentType or TemplateMainType))
            throw Fail(ProblemCode.NotADocx, "Tệp không phải là văn bản Word (.docx) (có thể là bảng tính hoặc trình chiếu).");
        return target;
    }

    private static string? ContentTypeOf(XDocument types, string partPath)
    {
        var over = types.Root!.Elements(ContentTypesNs + "Override")
            .FirstOrDefault(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), partPath, StringComparison.OrdinalIgnoreCase));
        if (over is not null) return (string?)over.Attribute("ContentType");
        var extension = Path.GetExtension(partPath).TrimStart('.');
        return (string?)types.Root.Elements(ContentTypesNs + "Default")
            .FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))?.Attribute("ContentType");
    }

    /// <summary>A Word template (.dotx) renders to a document (.docx).</summary>
    public void MarkAsDocument()
    {
        var types = Find(ContentTypesEntry)!;
        var xml = LoadXml(types, ContentTypesEntry);
        var changed = false;
        foreach (var type in xml.Root!.Elements().Where(e => (string?)e.Attribute("ContentType") == TemplateMainType))
        {
            type.SetAttributeValue("ContentType", MainDocumentType);
            changed = true;
        }
        if (changed) Replace(ContentTypesEntry, XmlBytes.Serialize(xml));
    }

    /// <summary>Parts related to the main document by relationships of the given types.</summary>
    public IEnumerable<string> RelatedParts(string sourcePath, params string[] relationshipTypeSuffixes)
    {
        var rels = Find(RelationshipsPath(sourcePath));
        if (rels is null) yield break;
        var xml = LoadXml(rels, RelationshipsPath(sourcePath));
        var baseDir = Path.GetDirectoryName(sourcePath)?.Replace('\\', '/') ?? "";
        foreach (var rel in xml.Root!.Elements(RelationshipsNs + "Relationship"))
        {
            var type = (string?)rel.Attribute("Type") ?? "";
            if ((string?)rel.Attribute("TargetMode") == "External") continue;
            if (!relationshipTypeSuffixes.Any(s => type.EndsWith("/" + s, StringComparison.Ordinal))) continue;
            var target = (string?)rel.Attribute("Target") ?? "";
            var path = ResolveTarget(baseDir, target);
            if (Find(path) is not null) yield return path;
        }
    }

    public static string RelationshipsPath(string partPath)
    {
        var dir = Path.GetDirectoryName(partPath)?.Replace('\\', '/') ?? "";
        var file = Path.GetFileName(partPath);
        return dir.Length == 0 ? $"_rels/{file}.rels" : $"{dir}/_rels/{file}.rels";
    }

    private static string ResolveTarget(string baseDir, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var segments = new List<string>(baseDir.Length == 0 ? [] : baseDir.Split('/'));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (segment != ".") segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    public static XDocument LoadXml(byte[] content, string partName)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new TemplateException(new TemplateProblem(ProblemCode.MalformedXml,
                $"Thành phần {partName} của tệp bị hỏng (XML không hợp lệ, dòng {ex.LineNumber}).", new TemplateLocation(partName)));
        }
    }

    /// <summary>The inspector's refusal as the engine's problem, so lint lists it like any other.</summary>
    private static void Inspect(ZipArchive zip, PackageLimits limits)
    {
        try
        {
            PackageInspector.Inspect(zip, limits);
        }
        catch (PackageRejectedException ex)
        {
            var code = ex.Refusal switch
            {
                PackageRefusal.TooLarge => ProblemCode.PackageTooLarge,
                PackageRefusal.MalformedXml => ProblemCode.MalformedXml,
                PackageRefusal.Corrupt => ProblemCode.NotADocx,
                _ => ProblemCode.UnsafePackage,
            };
            throw new TemplateException(new TemplateProblem(code, ex.Message, ex.Part is null ? TemplateLocation.Package : new TemplateLocation(ex.Part)));
        }
    }

    private static byte[] ReadBounded(Stream stream, long limit, Func<Exception> tooLarge)
    {
        var output = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (output.Length + read > limit) throw tooLarge();
            output.Write(chunk, 0, read);
        }
        return output.ToArray();
    }

    private static TemplateException Fail(ProblemCode code, string message) =>
        new(new TemplateProblem(code, message, TemplateLocation.Package));
}

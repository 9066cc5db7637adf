using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace EmulationDocs.Templating.Packaging;

/// <summary>
/// Looks at an Office package (.docx, .xlsx) with nothing but System.IO.Compression and a forward-only XmlReader, before
/// the Open XML SDK, LINQ to XML or any recursive walk sees it: the number of entries, the bytes actually inflated (per
/// entry, in total, and against the compressed size), entry names that would leave the package or collide, and in every
/// XML part its nesting depth, its element count, DTDs, and relationships or field codes that fetch from outside.
/// Everything is refused with a <see cref="PackageRejectedException"/>; nothing is changed.
/// </summary>
public static partial class PackageInspector
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string WordprocessingNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Inspects the package in <paramref name="zip"/>; the caller opened it, so it decides what "not a zip" means.</summary>
    /// <exception cref="PackageRejectedException">The package breaks a bound or a rule.</exception>
    public static void Inspect(ZipArchive zip, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        if (zip.Entries.Count > limits.MaxEntries)
            throw new PackageRejectedException(PackageRefusal.TooLarge, $"Tệp có quá nhiều thành phần ({zip.Entries.Count}, tối đa {limits.MaxEntries}).");
        CheckNames(zip.Entries);

        var budget = new InflationBudget(limits);
        var types = new ContentTypes();
        if (zip.Entries.FirstOrDefault(e => e.FullName == ContentTypesEntry) is { } typesEntry)
            ScanXml(typesEntry, budget, types.Read);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName == ContentTypesEntry) continue;
            if (types.IsXml(entry.FullName)) ScanXml(entry, budget, reader => CheckOutsideReferences(reader, entry.FullName, limits));
            else Inflate(entry, budget);
        }
    }

    /// <summary>Names that climb out of the package, are absolute or use backslashes, and two parts of one name (OPC names ignore case).</summary>
    private static void CheckNames(IEnumerable<ZipArchiveEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in entries.Select(e => e.FullName))
        {
            if (!IsSafeName(name))
                throw new PackageRejectedException(PackageRefusal.Unsafe,
                    "Tệp có thành phần mang tên không hợp lệ (đường dẫn tuyệt đối, có «..» hoặc dấu «\\»); tệp không do Word hay Excel tạo ra.");
            if (!seen.Add(name.TrimEnd('/')))
                throw new PackageRejectedException(PackageRefusal.Unsafe, $"Tệp có hai thành phần cùng tên «{name}».", name);
        }
    }

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name[0] != '/' && !name.Contains('\\') && !name.Any(char.IsControl) && !(name.Length > 1 && name[1] == ':')
        && name.TrimEnd('/').Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static void Inflate(ZipArchiveEntry entry, InflationBudget budget)
    {
        try
        {
            using var stream = budget.Open(entry);
            stream.CopyTo(Stream.Null);
        }
        catch (InvalidDataException)
        {
            throw new PackageRejectedException(PackageRefusal.Corrupt, $"Tệp nén bị hỏng (thành phần {entry.FullName}).", entry.FullName);
        }
    }

    private static void ScanXml(ZipArchiveEntry entry, InflationBudget budget, Action<XmlReader> onElement)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = budget.Limits.MaxEntryUncompressedBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        var inFieldInstruction = false;
        try
        {
            using var reader = XmlReader.Create(budget.Open(entry), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        budget.CountElement(reader.Depth, entry.FullName);
                        onElement(reader);
                        inFieldInstruction = !reader.IsEmptyElement && reader.LocalName == "instrText" && reader.NamespaceURI == WordprocessingNs;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inFieldInstruction:
                        CheckFieldInstruction(reader.Value, entry.FullName);
                        break;
                    case XmlNodeType.EndElement:
                        inFieldInstruction = false;
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new PackageRejectedException(PackageRefusal.MalformedXml,
                $"Thành phần {entry.FullName} của tệp bị hỏng (XML không hợp lệ, dòng {ex.LineNumber}).", entry.FullName);
        }
        catch (InvalidDataException)
        {
            throw new PackageRejectedException(PackageRefusal.Corrupt, $"Tệp nén bị hỏng (thành phần {entry.FullName}).", entry.FullName);
        }
    }

    /// <summary>
    /// LibreOffice fetches what external relationships point to (linked images, attached templates, OLE links, frames) when it
    /// opens a document, and so would anything else that renders it; a template or upload must carry its content inside.
    /// </summary>
    private static void CheckOutsideReferences(XmlReader reader, string part, PackageLimits limits)
    {
        if (reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNs
            && string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
        {
            var type = reader.GetAttribute("Type") ?? "";
            var kind = type[(type.LastIndexOf('/') + 1)..];
            if (kind == "hyperlink" && limits.AllowExternalHyperlinks) return;
            throw new PackageRejectedException(PackageRefusal.Unsafe,
                $"Tệp có nội dung lấy từ bên ngoài (liên kết loại «{kind}» trong {part}); hãy nhúng nội dung vào tệp rồi tải lên lại.", part);
        }
        if (reader.LocalName == "fldSimple" && reader.NamespaceURI == WordprocessingNs
            && reader.GetAttribute("instr", WordprocessingNs) is { } instruction)
        {
            CheckFieldInstruction(instruction, part);
        }
    }

    private static void CheckFieldInstruction(string instruction, string part)
    {
        if (FetchingField().Match(instruction) is { Success: true } match)
            throw new PackageRejectedException(PackageRefusal.Unsafe,
                $"Tệp có trường {match.Groups[1].Value.ToUpperInvariant()} lấy nội dung từ bên ngoài (trong {part}); hãy nhúng nội dung vào tệp rồi tải lên lại.", part);
    }

    /// <summary>Word fields that load a file or URL when the document is opened or its fields are updated.</summary>
    [GeneratedRegex(@"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FetchingField();

    /// <summary>Which entries are XML: by extension, or by the content type [Content_Types].xml gives them (as the SDK decides).</summary>
    private sealed class ContentTypes
    {
        private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

        public void Read(XmlReader reader)
        {
            if (reader.NamespaceURI != ContentTypesNs || reader.GetAttribute("ContentType") is not { } type) return;
            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension) _defaults[extension] = type;
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } partName) _overrides[partName.TrimStart('/')] = type;
        }

        public bool IsXml(string entryName)
        {
            var extension = Path.GetExtension(entryName).TrimStart('.');
            if (extension.Equals("xml", StringComparison.OrdinalIgnoreCase) || extension.Equals("rels", StringComparison.OrdinalIgnoreCase))
                return true;
            var type = _overrides.GetValueOrDefault(entryName) ?? _defaults.GetValueOrDefault(extension);
            return type is not null && type.EndsWith("xml", StringComparison.OrdinalIgnoreCase);
        }
    }
}

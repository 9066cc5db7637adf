using System.IO.Compression;
using System.Text;

namespace EmulationDocs.Templating.Tests.Support;

/// <summary>
/// Builds small .docx templates from WordprocessingML fragments, so tests can write runs split
/// exactly the way Word splits them.
/// </summary>
public sealed class DocxFactory
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private string _body = "";
    private string? _header;
    private string? _footer;
    private string? _footnote;
    private string? _endnote;
    private string? _numbering;
    private readonly Dictionary<string, byte[]> _extra = [];

    public static DocxFactory Body(string bodyXml) => new() { _body = bodyXml };

    public DocxFactory Header(string xml) { _header = xml; return this; }

    public DocxFactory Footer(string xml) { _footer = xml; return this; }

    /// <summary>Content of footnote 1; the body should reference it with <c>&lt;w:footnoteReference w:id="1"/&gt;</c>.</summary>
    public DocxFactory Footnote(string xml) { _footnote = xml; return this; }

    public DocxFactory Endnote(string xml) { _endnote = xml; return this; }

    /// <summary>The numbering part's content (abstractNum and num elements).</summary>
    public DocxFactory Numbering(string xml) { _numbering = xml; return this; }

    public DocxFactory WithMedia(string path, byte[] content) { _extra[path] = content; return this; }

    public static string P(params string[] runs) => "<w:p>" + string.Concat(runs.Select(R)) + "</w:p>";

    public static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    public static string Bold(string text) => $"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    public static string Cell(string content) => $"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr>";

    public static string Table(params string[] rows)
    {
        var columns = System.Text.RegularExpressions.Regex.Matches(rows[0], "<w:tc>").Count;
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
               string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", columns)) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public byte[] Build()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder("<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
            var rels = new StringBuilder();
            var sectionRefs = "";
            if (_header is not null)
            {
                Add(zip, "word/header1.xml", $"<w:hdr {Namespaces}>{_header}</w:hdr>");
                overrides.Append("<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>");
                rels.Append("<Relationship Id=\"rIdH1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>");
                sectionRefs += "<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>";
            }
            if (_footer is not null)
            {
                Add(zip, "word/footer1.xml", $"<w:ftr {Namespaces}>{_footer}</w:ftr>");
                overrides.Append("<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>");
                rels.Append("<Relationship Id=\"rIdF1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
                sectionRefs += "<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>";
            }
            if (_footnote is not null)
            {
                Add(zip, "word/footnotes.xml", $"<w:footnotes {Namespaces}>" +
                    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
                    "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" +
                    $"<w:footnote w:id=\"1\">{_footnote}</w:footnote></w:footnotes>");
                overrides.Append("<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>");
                rels.Append("<Relationship Id=\"rIdFn\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
            }
            if (_endnote is not null)
            {
                Add(zip, "word/endnotes.xml", $"<w:endnotes {Namespaces}>" +
                    "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>" +
                    "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>" +
                    $"<w:endnote w:id=\"1\">{_endnote}</w:endnote></w:endnotes>");
                overrides.Append("<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/>");
                rels.Append("<Relationship Id=\"rIdEn\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/>");
            }
            if (_numbering is not null)
            {
                Add(zip, "word/numbering.xml", $"<w:numbering {Namespaces}>{_numbering}</w:numbering>");
                overrides.Append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
                rels.Append("<Relationship Id=\"rIdNum\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
            }
            foreach (var (path, content) in _extra)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(content);
            }
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Default Extension=\"png\" ContentType=\"image/png\"/>" + overrides + "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/_rels/document.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            Add(zip, "word/document.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{_body}" +
                $"<w:sectPr>{sectionRefs}<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}

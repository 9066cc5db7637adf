using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Templating.Tests.Support;

/// <summary>A rendered .docx opened with the Open XML SDK, for assertions.</summary>
public sealed class RenderedDocument : IDisposable
{
    private readonly WordprocessingDocument _document;

    public RenderedDocument(byte[] docx)
    {
        Bytes = docx;
        _document = WordprocessingDocument.Open(new MemoryStream(docx), false);
    }

    public byte[] Bytes { get; }

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public MainDocumentPart Main => _document.MainDocumentPart!;

    /// <summary>The text of each body paragraph (tables included), in order.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Descendants<Paragraph>().Select(TextOf).ToList();

    public string Text => string.Join("\n", Paragraphs);

    public static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => "" }));

    public IReadOnlyList<ValidationErrorInfo> Validate() =>
        new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(_document).ToList();

    public void Dispose() => _document.Dispose();
}

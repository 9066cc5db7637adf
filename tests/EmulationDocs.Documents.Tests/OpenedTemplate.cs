using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Tests;

/// <summary>A template's package opened read-only, with the parts the layout tests look at.</summary>
internal sealed class OpenedTemplate : IDisposable
{
    private readonly WordprocessingDocument _document;

    public OpenedTemplate(byte[] docx)
    {
        _document = WordprocessingDocument.Open(new MemoryStream(docx), false);
    }

    public WordprocessingDocument Document => _document;

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public Styles Styles => _document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    /// <summary>The text of each paragraph of the body, in document order (tables included).</summary>
    public IReadOnlyList<string> ParagraphTexts =>
        [.. Body.Descendants<Paragraph>().Select(paragraph => string.Concat(paragraph.Descendants<Text>().Select(text => text.Text)))];

    public void Dispose() => _document.Dispose();
}

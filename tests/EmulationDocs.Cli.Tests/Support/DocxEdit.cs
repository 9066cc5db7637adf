using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>Copies a .docx and edits the copy's XML with the Open XML SDK, as a clerk's word processor would.</summary>
public static class DocxEdit
{
    public static string Copy(string source, string destination, Action<WordprocessingDocument> edit)
    {
        File.Copy(source, destination, overwrite: true);
        using (var document = WordprocessingDocument.Open(destination, isEditable: true))
        {
            edit(document);
            document.MainDocumentPart!.Document.Save();
            document.MainDocumentPart.StyleDefinitionsPart?.Styles?.Save();
        }
        return destination;
    }

    public static Body Body(this WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    /// <summary>The paragraphs of the body (table cells included) that use the paragraph style with this id.</summary>
    public static IEnumerable<Paragraph> ParagraphsStyled(this WordprocessingDocument document, string styleId) =>
        document.Body().Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    public static Paragraph ParagraphStyled(this WordprocessingDocument document, string styleId) =>
        document.ParagraphsStyled(styleId).FirstOrDefault()
        ?? throw new InvalidOperationException($"The document has no paragraph in style '{styleId}'.");

    /// <summary>Makes the paragraph hold one run with this text, in the formatting of its first run.</summary>
    public static void SetText(this Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        foreach (var run in runs.Skip(1)) run.Remove();
        var first = runs[0];
        foreach (var content in first.Elements().Where(e => e is not RunProperties).ToList()) content.Remove();
        first.AppendChild(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
    }

    public static RunProperties Properties(this Run run) => run.RunProperties ??= new RunProperties();

    public static ParagraphProperties Properties(this Paragraph paragraph) => paragraph.ParagraphProperties ??= new ParagraphProperties();

    public static SectionProperties Section(this WordprocessingDocument document) =>
        document.Body().Elements<SectionProperties>().Single();

    public static Style Style(this WordprocessingDocument document, string styleId) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == styleId);
}

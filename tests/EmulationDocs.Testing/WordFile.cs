using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Testing;

/// <summary>Reads a .docx on disk with the Open XML SDK, the way an independent client sees it.</summary>
public static class WordFile
{
    /// <summary>The text of every body paragraph in reading order, table cells included; breaks become '\n', tabs '\t'.</summary>
    public static IReadOnlyList<string> Paragraphs(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(TextOf).ToList();
    }

    public static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => "" }));

    /// <summary>Schema and semantic errors the Open XML SDK validator reports (Microsoft 365 rules, the newest the SDK knows).</summary>
    public static IReadOnlyList<string> ValidationErrors(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Documents.Layout;
using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Documents.Packaging;

/// <summary>
/// Writes a .docx from the body elements of a template: styles, settings, page-number headers and
/// the Decree 30 section. Relationship ids are fixed and the package is re-packed with fixed
/// timestamps, so the same template always has the same bytes.
/// </summary>
internal static class TemplateDocument
{
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainDocumentContentType, "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Decree30Styles.Create();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = CreateSettings();
            main.AddNewPart<HeaderPart>(SectionLayout.NumberedHeaderId).Header = PageNumberHeader.Numbered();
            main.AddNewPart<HeaderPart>(SectionLayout.FirstPageHeaderId).Header = PageNumberHeader.Empty();

            var body = new Body(content);
            // Word expects the body to end with a paragraph, not a table, before the section properties.
            if (body.LastChild is not Paragraph)
            {
                body.Append(SectionLayout.EndParagraph());
            }

            body.Append(SectionLayout.Create());
            main.Document = new Document(body);
        }

        return DeterministicZipWriter.Repack(stream.ToArray());
    }

    private static Settings CreateSettings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "vi-VN" });
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Paragraphs of a template. Every piece of text, and in particular every template tag, gets its
/// own run, so that no tag is split across runs and a tag's value takes the style of its paragraph.
/// </summary>
internal static class TemplateParagraph
{
    public static Paragraph Create(string styleId, params string[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        foreach (var text in runs.Where(text => text.Length > 0))
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>
    /// A paragraph-level block: the open tag, the content and the close tag, each tag alone in its
    /// paragraph so that the engine repeats or shows the content and drops the tag paragraphs.
    /// The tag paragraphs take the content's style so that they look in place while editing.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Block(string styleId, string openTag, IEnumerable<OpenXmlElement> content, string closeTag) =>
        [Create(styleId, openTag), .. content, Create(styleId, closeTag)];

    /// <summary>Keeps the paragraph on the page of the next one.</summary>
    public static Paragraph KeepingWithNext(this Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return paragraph;
    }
}

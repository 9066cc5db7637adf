using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Tests.Fixtures;

/// <summary>Small edits that break a fixture document in one way.</summary>
internal static class DocumentEdits
{
    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    /// <summary>The paragraph whose text starts with <paramref name="start"/>.</summary>
    public static Paragraph Paragraph(WordprocessingDocument document, string start) =>
        Body(document).Descendants<Paragraph>().First(p => TextOf(p).StartsWith(start, StringComparison.Ordinal));

    /// <summary>The checker's 1-based paragraph number: all body paragraphs, tables included.</summary>
    public static int NumberOf(WordprocessingDocument document, Paragraph paragraph) =>
        Body(document).Descendants<Paragraph>().TakeWhile(p => !ReferenceEquals(p, paragraph)).Count() + 1;

    public static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    public static void SetText(Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        runs.Skip(1).ToList().ForEach(run => run.Remove());
        runs[0].GetFirstChild<Text>()!.Text = text;
    }

    public static void SetSize(Paragraph paragraph, double points)
    {
        foreach (var run in paragraph.Elements<Run>())
        {
            var properties = run.RunProperties ??= new RunProperties();
            properties.FontSize = new FontSize { Val = (points * 2).ToString(CultureInfo.InvariantCulture) };
        }
    }

    public static void RemoveBold(Paragraph paragraph)
    {
        foreach (var bold in paragraph.Descendants<Bold>().ToList())
        {
            bold.Remove();
        }
    }

    public static void RemoveItalic(Paragraph paragraph)
    {
        foreach (var italic in paragraph.Descendants<Italic>().ToList())
        {
            italic.Remove();
        }
    }

    public static void SetItalic(Paragraph paragraph)
    {
        foreach (var run in paragraph.Elements<Run>())
        {
            (run.RunProperties ??= new RunProperties()).Italic = new Italic();
        }
    }

    public static ParagraphProperties PropertiesOf(Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new ParagraphProperties();

    public static SectionProperties Section(WordprocessingDocument document) =>
        Body(document).GetFirstChild<SectionProperties>()!;
}

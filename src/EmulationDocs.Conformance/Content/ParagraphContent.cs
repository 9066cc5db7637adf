using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Content;

/// <summary>The runs and text that belong to one paragraph, however Word split them.</summary>
internal static class ParagraphContent
{
    /// <summary>Runs of the paragraph itself, including those inside hyperlinks, fields, content
    /// controls and smart tags, but not those of text boxes anchored in it (they are paragraphs of
    /// their own).</summary>
    public static IEnumerable<Run> OwnRuns(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Where(run => ReferenceEquals(run.Ancestors<Paragraph>().First(), paragraph));

    /// <summary>Visible text of a run: text, tabs and line breaks (deleted text is w:delText and not read).</summary>
    public static string TextOf(Run run)
    {
        var builder = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Each own run with its text.</summary>
    public static IReadOnlyList<RunSegment> Segments(Paragraph paragraph) =>
        OwnRuns(paragraph).Select(run => new RunSegment(run, TextOf(run))).ToList();

    /// <summary>The segments cut at manual line breaks (Shift+Enter), which Word users put between
    /// the lines of a header cell instead of starting new paragraphs; a run holding a break is
    /// split into its parts.</summary>
    public static IReadOnlyList<IReadOnlyList<RunSegment>> Lines(IReadOnlyList<RunSegment> segments)
    {
        var lines = new List<IReadOnlyList<RunSegment>>();
        var current = new List<RunSegment>();
        foreach (var segment in segments)
        {
            var parts = segment.Text.Split('\n');
            for (var index = 0; index < parts.Length; index++)
            {
                if (index > 0)
                {
                    lines.Add(current);
                    current = [];
                }

                current.Add(segment with { Text = parts[index] });
            }
        }

        lines.Add(current);
        return lines;
    }

    /// <summary>Whether the paragraph draws something (a shape, picture or VML line), as Word does for
    /// the short lines under the issuing body and the motto.</summary>
    public static bool HasDrawing(OpenXmlElement paragraph) =>
        paragraph.Descendants<Drawing>().Any() || paragraph.Descendants<Picture>().Any()
            || paragraph.Descendants<EmbeddedObject>().Any();
}

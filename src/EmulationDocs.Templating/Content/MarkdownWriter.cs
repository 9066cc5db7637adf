using System.Text;
using EmulationDocs.Templating.Compilation;
using EmulationDocs.Templating.Rendering;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EmulationDocs.Templating.Content;

/// <summary>
/// Writes Markdown as Word paragraphs in the format of the paragraph the tag stood in. Items
/// keep the markers clerks type ("1.", "a)", "-") as text: official documents number by hand,
/// and Decree 30 lays items out as ordinary body paragraphs. A heading (a Markdown heading, or a
/// paragraph that is bold throughout, as clerks type headings) keeps with the paragraph after it.
/// </summary>
internal sealed class MarkdownWriter(ParagraphFormat format, StringBuilder output)
{
    private const string ParagraphStart = "<w:p>";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private int _paragraphStart = -1;
    private bool _keepsWithNext;
    private bool _hasText;
    private bool _allBold;

    public static string Write(string markdown, ParagraphFormat format)
    {
        var output = new StringBuilder(markdown.Length * 3);
        var writer = new MarkdownWriter(format, output);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document) writer.WriteBlock(block, prefix: null);
        if (output.Length == 0) writer.WriteParagraph(null, null, bold: false);
        if (format.KeepsLastWithNext) writer.KeepLastWithNext();
        return output.ToString();
    }

    private void WriteBlock(Markdig.Syntax.Block block, string? prefix)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteParagraph(heading.Inline, prefix, bold: true);
                break;
            case ParagraphBlock paragraph:
                WriteParagraph(paragraph.Inline, prefix, bold: false);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{item.Order}{list.OrderedDelimiter} " : "- ";
                    var first = true;
                    foreach (var child in item)
                    {
                        WriteBlock(child, first ? (prefix ?? "") + marker : null);
                        first = false;
                    }
                }
                break;
            case LeafBlock leaf:
                WriteLines(leaf, prefix);
                break;
            case ContainerBlock container:
                foreach (var child in container) WriteBlock(child, prefix);
                break;
        }
    }

    private void WriteLines(LeafBlock leaf, string? prefix)
    {
        var text = leaf.Lines.ToString();
        if (text.Length == 0 && prefix is null) return;
        BeginParagraph();
        WriteRun((prefix ?? "") + text, bold: false, italic: false);
        EndParagraph();
    }

    private void WriteParagraph(ContainerInline? inline, string? prefix, bool bold)
    {
        BeginParagraph();
        if (prefix is not null) WriteRun(prefix, bold, italic: false);
        if (inline is not null) WriteInlines(inline, bold, italic: false);
        EndParagraph();
    }

    private void WriteInlines(ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    WriteRun(literal.Content.ToString(), bold, italic);
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    WriteInlines(emphasis, bold || strong, italic || !strong || emphasis.DelimiterCount >= 3);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard) output.Append("<w:r><w:br/></w:r>");
                    else WriteRun(" ", bold, italic);
                    break;
                case CodeInline code:
                    WriteRun(code.Content, bold, italic);
                    break;
                case AutolinkInline link:
                    WriteRun(link.Url, bold, italic);
                    break;
                case HtmlEntityInline entity:
                    WriteRun(entity.Transcoded.ToString(), bold, italic);
                    break;
                case HtmlInline html:
                    WriteRun(html.Tag, bold, italic);
                    break;
                case ContainerInline nested:
                    WriteInlines(nested, bold, italic);
                    break;
            }
        }
    }

    private void BeginParagraph()
    {
        _paragraphStart = output.Length;
        _keepsWithNext = false;
        _hasText = false;
        _allBold = true;
        output.Append(ParagraphStart).Append(format.ParagraphProperties);
    }

    private void EndParagraph()
    {
        output.Append("</w:p>");
        if (_hasText && _allBold) KeepLastWithNext();
    }

    /// <summary>Gives the paragraph written last the keep-with-next variant of the properties.</summary>
    private void KeepLastWithNext()
    {
        if (_paragraphStart < 0 || _keepsWithNext) return;
        output.Remove(_paragraphStart + ParagraphStart.Length, format.ParagraphProperties.Length)
            .Insert(_paragraphStart + ParagraphStart.Length, format.KeepWithNextProperties);
        _keepsWithNext = true;
    }

    private void WriteRun(string text, bool bold, bool italic)
    {
        if (text.Length == 0) return;
        if (!string.IsNullOrWhiteSpace(text))
        {
            _hasText = true;
            _allBold &= bold;
        }
        output.Append("<w:r>").Append(format.RunProperties(bold, italic)).Append("<w:t xml:space=\"preserve\">");
        XmlTextEncoder.EscapeText(text, output);
        output.Append("</w:t></w:r>");
    }
}

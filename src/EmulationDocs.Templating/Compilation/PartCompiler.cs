using System.Text.RegularExpressions;
using System.Xml.Linq;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Templating.Parsing;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Turns one part (document, header, footer, notes) into Handlebars source: normalise, find tags,
/// match and classify blocks, move markers into place, serialise, put the tag text back in.
/// </summary>
internal sealed partial class PartCompiler(List<ParagraphFormat> paragraphFormats, NumberingDefinitions numbering, List<TagSite> sites)
{
    /// <summary>Name of the internal helper that numbers pictures uniquely across the document.</summary>
    public const string DrawingIdHelper = "edocsDrawingId";

    /// <summary>Name of the internal helper that tells the render which tag (<see cref="TagSite"/>) is evaluated next.</summary>
    public const string TagSiteHelper = "edocsTag";

    [GeneratedRegex(@"<!--edocs-tag:(\d+)-->")]
    private static partial Regex MarkerPattern();

    /// <summary>Returns the Handlebars source of the part, or null when it has no tags and no pictures.</summary>
    public string? Compile(XDocument part, string partName, List<TemplateProblem> problems)
    {
        var locator = new ParagraphLocator(part, partName);
        var problemsBefore = problems.Count;
        PartNormalizer.Normalize(part, partName, locator, problems);
        var occurrences = new TagExtractor(locator, problems).Extract(part);
        var blocks = BlockMatcher.Match(occurrences, problems);
        var classified = blocks.Where(b => BlockClassifier.Classify(b, problems)).ToList();
        CheckMarkdownTags(occurrences, problems);
        if (problems.Skip(problemsBefore).Any(p => !p.IsWarning)) return null;

        var drawings = part.Descendants(DrawingProperties).ToList();
        if (occurrences.Count == 0 && drawings.Count == 0) return null;

        Transform(part, occurrences, classified);
        foreach (var occurrence in occurrences.Where(o => TagSite.ReadsData(o.Tag)))
        {
            sites.Add(TagSite.For(occurrence));
            // A leading '~' strips the text before the tag; the site call now stands there, so it carries the '~'.
            var strip = occurrence.Source.StartsWith("{{~", StringComparison.Ordinal) ? "~" : "";
            occurrence.Source = $"{{{{{strip}{TagSiteHelper} {sites.Count - 1}}}}}" + occurrence.Source;
        }
        // Pictures repeat in loops; their ids must not, so every id is handed out at render time.
        foreach (var drawing in drawings) drawing.SetAttributeValue("id", "{{" + DrawingIdHelper + "}}");

        var xml = XmlBytes.SerializeToString(part);
        return MarkerPattern().Replace(xml, m => occurrences[int.Parse(m.Groups[1].ValueSpan)].Source);
    }

    private static void CheckMarkdownTags(List<TagOccurrence> occurrences, List<TemplateProblem> problems)
    {
        foreach (var tag in occurrences.Where(o => o.Tag.Name == HelperSignature.Markdown && !o.AloneInParagraph))
        {
            problems.Add(new(ProblemCode.MarkdownNotAlone,
                "Thẻ {{markdown …}} phải đứng riêng một đoạn (nội dung sẽ thành nhiều đoạn văn).", tag.Location, tag.Tag.Text));
        }
    }

    private void Transform(XDocument part, List<TagOccurrence> occurrences, List<Block> blocks)
    {
        foreach (var block in blocks.Where(b => b.Scope == BlockScope.Inline))
        {
            foreach (var tag in new[] { block.Open, block.Else, block.Close })
                if (tag is not null) StructureTransformer.LiftToRunLevel(tag.Marker);
        }
        foreach (var picture in occurrences.Where(o => o.Tag.Name == HelperSignature.Image))
            StructureTransformer.LiftToRunLevel(picture.Marker);

        foreach (var block in blocks.Where(b => b.Scope == BlockScope.Paragraphs))
        {
            foreach (var tag in new[] { block.Open, block.Else, block.Close })
                if (tag is not null) StructureTransformer.ReplaceParagraph(tag);
        }
        foreach (var markdown in occurrences.Where(o => o.Tag.Name == HelperSignature.Markdown))
        {
            var run = markdown.Marker.Parent?.Parent;
            paragraphFormats.Add(new ParagraphFormat(markdown.Paragraph, run?.Name == Run ? run : null));
            markdown.Source = markdown.Tag.Text[..^2].TrimEnd() + " " + (paragraphFormats.Count - 1) + "}}";
            StructureTransformer.ReplaceParagraph(markdown);
        }
        // Outer blocks first, so markers of nested row blocks sharing a row end up inside them.
        foreach (var block in blocks.Where(b => b.Scope == BlockScope.Rows).OrderBy(b => b.Open.Id))
            StructureTransformer.WrapRows(block);

        foreach (var block in blocks)
            StructureTransformer.RemoveBookmarksBetween(block.Open.Marker, block.Close.Marker);
        foreach (var block in blocks.Where(b => b.Scope == BlockScope.Paragraphs))
            ListRestarts.Apply(block, numbering);

        StructureTransformer.EnsureContainersEndWithParagraph(part, blocks);
    }
}

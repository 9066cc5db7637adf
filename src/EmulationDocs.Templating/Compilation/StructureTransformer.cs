using System.Xml.Linq;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Moves markers to where their Handlebars text must stand in the part's XML: between runs for
/// inline blocks and pictures, in place of the paragraph for paragraph blocks, around the rows
/// for row blocks. Markers are detached before being re-added so they keep their identity.
/// </summary>
internal static class StructureTransformer
{
    /// <summary>Splits the marker's run in two around it, so the marker stands between runs.</summary>
    public static void LiftToRunLevel(XComment marker)
    {
        if (marker.Parent is not { } text || text.Parent is not { } run || run.Name != Run) return;
        var properties = run.Element(RunProperties);
        var textBefore = Detach(marker.NodesBeforeSelf());
        var textAfter = Detach(marker.NodesAfterSelf());
        var runBefore = Detach(text.NodesBeforeSelf().Where(n => n != properties));
        var runAfter = Detach(text.NodesAfterSelf());
        marker.Remove();

        var first = NewRun(run, properties, runBefore, textBefore.Count > 0 ? new XElement(Text, text.Attributes(), textBefore) : null);
        var second = NewRun(run, properties, textAfter.Count > 0 ? new XElement(Text, text.Attributes(), textAfter) : null, runAfter);
        run.ReplaceWith(HasContent(first) ? first : null, marker, HasContent(second) ? second : null);
    }

    /// <summary>The marker takes the place of its whole paragraph.</summary>
    public static void ReplaceParagraph(TagOccurrence tag)
    {
        tag.Marker.Remove();
        tag.Paragraph.ReplaceWith(tag.Marker);
    }

    /// <summary>
    /// Open marker before the first row, close marker after the last one. A tag that stood alone
    /// in a paragraph takes that paragraph with it, unless it was the cell's only paragraph.
    /// </summary>
    public static void WrapRows(Block block)
    {
        var firstRow = block.Open.Paragraph.Ancestors(TableRow).First();
        var lastRow = block.Close.Paragraph.Ancestors(TableRow).First();
        foreach (var tag in new[] { block.Open, block.Close })
        {
            RemoveFromText(tag.Marker);
            if (tag.AloneInParagraph && tag.Paragraph.Parent is { } cell && cell.Elements(Paragraph).Count() > 1) tag.Paragraph.Remove();
        }
        firstRow.AddBeforeSelf(block.Open.Marker);
        lastRow.AddAfterSelf(block.Close.Marker);
    }

    /// <summary>
    /// Bookmarks inside a repeated or conditional region would be duplicated or orphaned; Word
    /// needs them unique, so they go (with their partner anywhere in the part).
    /// </summary>
    public static void RemoveBookmarksBetween(XComment open, XComment close)
    {
        if (open.Parent is null || open.Parent != close.Parent) return;
        var inside = open.NodesAfterSelf().TakeWhile(n => n != close).OfType<XElement>()
            .SelectMany(e => e.DescendantsAndSelf())
            .Where(e => e.Name == BookmarkStart || e.Name == BookmarkEnd).ToList();
        if (inside.Count == 0) return;
        var ids = inside.Select(e => (string?)e.Attribute(Id)).ToHashSet();
        var root = open.Document!.Root!;
        foreach (var bookmark in root.Descendants().Where(e => (e.Name == BookmarkStart || e.Name == BookmarkEnd) && ids.Contains((string?)e.Attribute(Id))).ToList())
            bookmark.Remove();
    }

    /// <summary>
    /// A cell, header or footnote must end with a paragraph. When a paragraph block ends one and
    /// may render nothing, its else branch gets an empty paragraph (with the close tag's format).
    /// </summary>
    public static void EnsureContainersEndWithParagraph(XDocument part, IReadOnlyList<Block> blocks)
    {
        var closing = blocks.Where(b => b.Scope == BlockScope.Paragraphs).ToDictionary(b => b.Close.Marker);
        foreach (var container in part.Descendants().Where(e => ParagraphContainers.Contains(e.Name)).ToList())
        {
            var last = container.Nodes().LastOrDefault(n => n is not XText);
            if (last is XComment marker && closing.TryGetValue(marker, out var block) && block.Else is null)
                block.Close.Source = block.Close.Source.Insert(block.Close.Source.Length - block.Close.Tag.Text.Length, "{{else}}" + EmptyParagraph(block.Close.Paragraph));
            else if (!container.Elements(Paragraph).Any() && last is not XComment)
                container.Add(new XElement(Paragraph));
        }
    }

    private static string EmptyParagraph(XElement like) =>
        new XElement(Paragraph, like.Element(ParagraphProperties) is { } properties ? new XElement(properties) : null).ToString(SaveOptions.DisableFormatting);

    private static void RemoveFromText(XComment marker)
    {
        var text = marker.Parent;
        marker.Remove();
        if (text is null || text.Nodes().Any()) return;
        var run = text.Parent;
        text.Remove();
        if (run is not null && run.Name == Run && !run.Elements().Any(e => e.Name != RunProperties)) run.Remove();
    }

    private static XElement NewRun(XElement template, XElement? properties, params object?[] content) =>
        new(Run, template.Attributes(), properties is null ? null : new XElement(properties), content);

    private static bool HasContent(XElement run) => run.Elements().Any(e => e.Name != RunProperties);

    private static List<XNode> Detach(IEnumerable<XNode> nodes)
    {
        var list = nodes.ToList();
        foreach (var node in list) node.Remove();
        return list;
    }
}

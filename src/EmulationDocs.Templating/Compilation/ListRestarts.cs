using System.Xml.Linq;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Word lists inside a paragraph loop continue across iterations unless told otherwise. When a
/// list is part of each item (the loop body also holds other paragraphs), it restarts for every
/// item: each iteration opens a list scope and the list's paragraphs get a fresh list instance
/// per scope. A loop whose body is nothing but the list's paragraphs keeps one running list.
/// </summary>
internal static class ListRestarts
{
    public const string ScopeHelper = "edocsListScope";
    public const string ScopeEndHelper = "edocsListScopeEnd";
    public const string InstanceHelper = "edocsListInstance";

    public static void Apply(Block block, NumberingDefinitions numbering)
    {
        if (block.Open.Tag.Name != "each" || numbering.PartPath is null) return;
        var body = block.Open.Marker.NodesAfterSelf().TakeWhile(n => n != (block.Else ?? block.Close).Marker).OfType<XElement>().ToList();
        var topParagraphs = body.Where(e => e.Name == Paragraph).ToList();
        var numbered = body.SelectMany(e => e.DescendantsAndSelf(Paragraph))
            .Select(p => (Paragraph: p, NumId: p.Element(ParagraphProperties)?.Element(W + "numPr")?.Element(W + "numId")))
            .Where(x => x.NumId is not null && (string?)x.NumId.Attribute(W + "val") is { } id && id != "0" && numbering.AbstractOf(id) is not null)
            .GroupBy(x => (string)x.NumId!.Attribute(W + "val")!).ToList();

        var restarted = false;
        foreach (var list in numbered)
        {
            var wholeBody = topParagraphs.Count == body.Count && topParagraphs.All(p => list.Any(x => x.Paragraph == p));
            if (wholeBody) continue;
            foreach (var (_, numId) in list) numId!.SetAttributeValue(W + "val", $"{{{{{InstanceHelper} {list.Key}}}}}");
            restarted = true;
        }
        if (!restarted) return;
        block.Open.Source += $"{{{{{ScopeHelper}}}}}";
        var bodyEnd = block.Else ?? block.Close;
        bodyEnd.Source = $"{{{{{ScopeEndHelper}}}}}" + bodyEnd.Source;
    }
}

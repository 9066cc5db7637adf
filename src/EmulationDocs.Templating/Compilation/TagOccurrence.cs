using System.Xml.Linq;
using EmulationDocs.Templating.Parsing;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// A tag found in a part. Its <see cref="Marker"/> (an XML comment) stands where the tag stands
/// and is moved by the structural passes; in the end each marker is replaced by <see cref="Source"/>.
/// </summary>
internal sealed class TagOccurrence(int id, Tag tag, XElement paragraph, TemplateLocation location, bool aloneInParagraph)
{
    public const string MarkerPrefix = "edocs-tag:";

    public int Id { get; } = id;
    public Tag Tag { get; } = tag;
    public XElement Paragraph { get; } = paragraph;
    public TemplateLocation Location { get; } = location;
    public bool AloneInParagraph { get; } = aloneInParagraph;
    public XComment Marker { get; } = new(MarkerPrefix + id);

    /// <summary>The Handlebars text this tag becomes; empty removes it.</summary>
    public string Source { get; set; } = tag.Kind == TagKind.Comment ? "" : tag.Text;
}

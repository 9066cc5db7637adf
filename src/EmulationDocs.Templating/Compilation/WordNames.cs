using System.Xml.Linq;

namespace EmulationDocs.Templating.Compilation;

/// <summary>WordprocessingML names the engine touches.</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static readonly XNamespace WP14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing";

    public static readonly XName Paragraph = W + "p";
    public static readonly XName Run = W + "r";
    public static readonly XName Text = W + "t";
    public static readonly XName RunProperties = W + "rPr";
    public static readonly XName ParagraphProperties = W + "pPr";
    public static readonly XName Table = W + "tbl";
    public static readonly XName TableRow = W + "tr";
    public static readonly XName TableCell = W + "tc";
    public static readonly XName BookmarkStart = W + "bookmarkStart";
    public static readonly XName BookmarkEnd = W + "bookmarkEnd";
    public static readonly XName Id = W + "id";
    public static readonly XName DrawingProperties = WP + "docPr";
    public static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Elements that record tracked changes (insertions, deletions, moves, formatting changes).</summary>
    public static readonly HashSet<XName> TrackedChanges =
    [
        W + "ins", W + "del", W + "moveFrom", W + "moveTo", W + "rPrChange", W + "pPrChange", W + "sectPrChange",
        W + "tblPrChange", W + "trPrChange", W + "tcPrChange", W + "tblGridChange", W + "numberingChange", W + "cellIns", W + "cellDel",
    ];

    /// <summary>What a reader sees in a paragraph besides its text: pictures, embedded objects, symbols.</summary>
    public static readonly HashSet<XName> VisibleObjects = [W + "drawing", W + "pict", W + "object", W + "sym"];

    /// <summary>Containers whose last child must be a paragraph.</summary>
    public static readonly HashSet<XName> ParagraphContainers =
        [TableCell, W + "hdr", W + "ftr", W + "footnote", W + "endnote", W + "txbxContent", W + "comment"];

    /// <summary>The nearest enclosing paragraph of a node (text boxes hold paragraphs inside paragraphs).</summary>
    public static XElement? OwningParagraph(XNode node) => node.Ancestors(Paragraph).FirstOrDefault();
}

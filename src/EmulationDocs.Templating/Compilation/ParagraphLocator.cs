using System.Xml.Linq;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>Numbers paragraphs and tables of a part in reading order, to describe locations.</summary>
internal sealed class ParagraphLocator
{
    private readonly string _partName;
    private readonly Dictionary<XElement, int> _paragraphs = [];
    private readonly Dictionary<XElement, int> _tables = [];

    public ParagraphLocator(XDocument part, string partName)
    {
        _partName = partName;
        var p = 0;
        var t = 0;
        foreach (var element in part.Descendants())
        {
            if (element.Name == Paragraph) _paragraphs[element] = ++p;
            else if (element.Name == Table) _tables[element] = ++t;
        }
    }

    public TemplateLocation Locate(XElement paragraph)
    {
        _paragraphs.TryGetValue(paragraph, out var number);
        var cell = paragraph.Ancestors(TableCell).FirstOrDefault();
        if (cell?.Parent is not { } row || row.Parent is not { } table)
            return new TemplateLocation(_partName, number);
        _tables.TryGetValue(table, out var tableNumber);
        var rowNumber = row.ElementsBeforeSelf(TableRow).Count() + 1;
        var cellNumber = cell.ElementsBeforeSelf(TableCell).Count() + 1;
        return new TemplateLocation(_partName, number, tableNumber, rowNumber, cellNumber);
    }
}

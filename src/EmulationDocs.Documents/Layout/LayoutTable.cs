using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// The borderless two-column tables of the header and the closing block. Borders are switched off
/// on the table itself as well as through its style, so a template that loses its style still
/// prints no lines.
/// </summary>
internal static class LayoutTable
{
    /// <summary>1.5 mm each side keeps the columns' texts apart without borders.</summary>
    private const short CellSideMargin = 85;

    /// <summary>A borderless table of two columns; one row per pair of cell contents.</summary>
    public static Table TwoColumns(TwoColumnGeometry geometry, params (IEnumerable<OpenXmlElement> Left, IEnumerable<OpenXmlElement> Right)[] rows)
    {
        var (leftWidth, rightWidth, indent, spaceAbove) = geometry;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.LayoutTable },
                new TableWidth { Width = (leftWidth + rightWidth).ToString(), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = spaceAbove.ToString(), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = CellSideMargin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = CellSideMargin, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }));
        foreach (var (left, right) in rows)
        {
            // A row never breaks across pages: a signature must stay with its title and name.
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(leftWidth, left), Cell(rightWidth, right)));
        }

        return table;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        if (!cell.Elements<Paragraph>().Any())
        {
            // A cell must end with a paragraph to be valid.
            cell.Append(new Paragraph());
        }

        return cell;
    }
}

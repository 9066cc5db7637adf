using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// A ruled table with a heading row (repeated on every page) and one data row that the engine
/// repeats over a list: <c>{{#each list}}</c> opens the first cell, <c>{{/each}}</c> closes the last.
/// </summary>
internal static class GridTable
{
    public static Table RepeatingRow(string listPath, IReadOnlyList<GridTableColumn> columns)
    {
        var widths = columns.Select(column => PageGeometry.TextWidth * column.WidthPercent / 100).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.GridTable },
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0020", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString() })));

        var heading = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        heading.Append(columns.Select((column, index) => Cell(widths[index], TemplateParagraph.Create(StyleIds.TableHeading, column.Heading))));
        table.Append(heading);

        var data = new TableRow(new TableRowProperties(new CantSplit()));
        for (var index = 0; index < columns.Count; index++)
        {
            string[] runs = [.. columns[index].CellRuns];
            if (index == 0)
            {
                runs = [$"{{{{#each {listPath}}}}}", .. runs];
            }

            if (index == columns.Count - 1)
            {
                runs = [.. runs, "{{/each}}"];
            }

            data.Append(Cell(widths[index], TemplateParagraph.Create(columns[index].CellStyle, runs)));
        }

        table.Append(data);
        return table;
    }

    private static TableCell Cell(int width, Paragraph paragraph) => new(
        new TableCellProperties(
            new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
        paragraph);
}

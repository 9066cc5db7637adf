using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;
using EmulationDocs.Conformance.Layout;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Measures, in twips, the lines drawn under texts and the texts themselves, from what the
/// package says: paragraph and cell widths, indents, shape extents and font metrics.</summary>
internal static partial class LineLength
{
    // Word's cell margins when neither the cell nor the table sets them (0.19 cm).
    private const int DefaultCellSideMargin = 108;
    private const double EmusPerTwip = 635;
    private const double RaisedScale = 2.0 / 3;

    /// <summary>A paragraph border runs between the paragraph's indents across its cell or the page.</summary>
    public static double? OfBorder(ConformanceContext context, DocumentParagraph paragraph) =>
        WidthBetweenIndents(context, paragraph);

    /// <summary>The first measurable shape of the paragraph: a DrawingML extent or a VML line or shape width.</summary>
    public static double? OfDrawing(Paragraph paragraph)
    {
        if (paragraph.Descendants<Wp.Extent>().FirstOrDefault()?.Cx?.Value is long emus)
        {
            return emus / EmusPerTwip;
        }

        foreach (var line in paragraph.Descendants<DocumentFormat.OpenXml.Vml.Line>())
        {
            if (X(line.From?.Value) is { } from && X(line.To?.Value) is { } to)
            {
                return Math.Abs(to - from);
            }
        }

        return paragraph.Descendants<DocumentFormat.OpenXml.Vml.Shape>()
            .Select(shape => StyleWidth().Match(shape.Style?.Value ?? string.Empty))
            .Where(match => match.Success)
            .Select(match => Twips(match.Groups["value"].Value, match.Groups["unit"].Value))
            .FirstOrDefault(width => width is not null);
    }

    /// <summary>A line typed with underscores or dashes. Such lines are often raised (superscript, so
    /// that they sit close to the text), which Word prints at about two thirds of the size.</summary>
    public static double OfTypedLine(ConformanceContext context, DocumentParagraph line) =>
        line.Segments.Sum(segment =>
        {
            var (format, raised) = context.Formatting.ResolveRunOf(segment.Run, line.Element);
            var size = raised ? format.SizePoints * RaisedScale : format.SizePoints;
            return TextWidth.Twips(segment.Text.Trim(), size, format.Bold);
        });

    /// <summary>How wide the text of <paramref name="lines"/> prints: the widest line, no wider
    /// than its cell or the page (a longer text wraps). The text's own indents do not count: a
    /// paragraph squeezed to carry a short border still shows a text meant to be one line.</summary>
    public static double? OfText(ConformanceContext context, IEnumerable<DocumentParagraph> lines)
    {
        double? widest = null;
        foreach (var line in lines)
        {
            var text = context.FormattingOf(line).Runs.Sum(run => TextWidth.Twips(
                run.Format.AllCaps ? run.Text.ToUpperInvariant() : run.Text, run.Format.SizePoints, run.Format.Bold));
            if (ContainerWidth(context, line) is { } space)
            {
                text = Math.Min(text, space);
            }

            widest = Math.Max(widest ?? 0, text);
        }

        return widest;
    }

    private static double? WidthBetweenIndents(ConformanceContext context, DocumentParagraph paragraph)
    {
        var format = context.FormattingOf(paragraph).Paragraph;
        return ContainerWidth(context, paragraph) is { } space ? space - format.LeftIndent - format.RightIndent : null;
    }

    private static double? ContainerWidth(ConformanceContext context, DocumentParagraph paragraph) =>
        paragraph.Element.Ancestors<TableCell>().FirstOrDefault() is { } cell ? CellTextWidth(cell) : PageTextWidth(context);

    private static double? PageTextWidth(ConformanceContext context)
    {
        var section = context.Sections.FirstOrDefault();
        var width = section?.GetFirstChild<PageSize>()?.Width?.Value;
        var margins = section?.GetFirstChild<PageMargin>();
        return width is null || margins is null
            ? null
            : (double)width.Value - (margins.Left?.Value ?? 0) - (margins.Right?.Value ?? 0);
    }

    private static double? CellTextWidth(TableCell cell)
    {
        var width = CellWidth(cell);
        if (width is null)
        {
            return null;
        }

        var table = cell.Ancestors<Table>().First();
        var cellMargins = cell.TableCellProperties?.TableCellMargin;
        var tableMargins = table.GetFirstChild<TableProperties>()?.TableCellMarginDefault;
        var left = Dxa(cellMargins?.LeftMargin?.Width?.Value ?? cellMargins?.StartMargin?.Width?.Value)
            ?? tableMargins?.TableCellLeftMargin?.Width?.Value
            ?? Dxa(tableMargins?.StartMargin?.Width?.Value)
            ?? DefaultCellSideMargin;
        var right = Dxa(cellMargins?.RightMargin?.Width?.Value ?? cellMargins?.EndMargin?.Width?.Value)
            ?? tableMargins?.TableCellRightMargin?.Width?.Value
            ?? Dxa(tableMargins?.EndMargin?.Width?.Value)
            ?? DefaultCellSideMargin;
        return width.Value - left - right;
    }

    /// <summary>The cell's own width in twips, else its grid column's.</summary>
    private static int? CellWidth(TableCell cell)
    {
        var own = cell.TableCellProperties?.TableCellWidth;
        if ((own?.Type is null || own.Type.Value == TableWidthUnitValues.Dxa) && Dxa(own?.Width?.Value) is { } twips and > 0)
        {
            return twips;
        }

        if (cell.Parent is not TableRow row || row.Parent is not Table table)
        {
            return null;
        }

        var column = row.Elements<TableCell>().TakeWhile(c => !ReferenceEquals(c, cell)).Count();
        return Dxa(table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().ElementAtOrDefault(column)?.Width?.Value);
    }

    private static int? Dxa(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips) ? twips : null;

    /// <summary>The x of a VML point "x,y" with a unit ("12pt,0").</summary>
    private static double? X(string? point)
    {
        var match = Length().Match(point?.Split(',')[0].Trim() ?? string.Empty);
        return match.Success ? Twips(match.Groups["value"].Value, match.Groups["unit"].Value) : null;
    }

    private static double? Twips(string value, string unit)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return unit switch
        {
            // A bare number is in the shape's own units; only its origin, 0, is the same in all.
            "" when number == 0 => 0,
            "pt" => number * 20,
            "in" => number * 1440,
            "cm" => number * 1440 / 2.54,
            "mm" => number * 1440 / 25.4,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<value>-?[\d.]+)(?<unit>pt|in|cm|mm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Length();

    [GeneratedRegex(@"(?:^|;)\s*width\s*:\s*(?<value>[\d.]+)(?<unit>pt|in|cm|mm)", RegexOptions.CultureInvariant)]
    private static partial Regex StyleWidth();
}

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// A column of a ruled data table: its heading, its share of the text width in percent, and the
/// runs of the repeating data row's cell in that column.
/// </summary>
internal sealed record GridTableColumn(string Heading, int WidthPercent, string CellStyle, params string[] CellRuns);

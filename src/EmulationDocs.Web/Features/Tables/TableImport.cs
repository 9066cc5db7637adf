using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EmulationDocs.Web.Features.Documents;

namespace EmulationDocs.Web.Features.Tables;

/// <summary>A sheet that cannot be imported: every problem, by row and column, and nothing is imported.</summary>
public sealed class TableImportException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Rows of a sheet into a contract list (<see cref="TableShape"/>): the first row names the columns by their Vietnamese
/// labels (case, diacritics, spacing and punctuation aside; a heading may use one part of a label, "Họ và tên" for
/// "Họ và tên / Tên tập thể"; unknown columns such as "STT" are ignored), each following row is one item. Any bad row makes
/// the whole import fail, with each problem as "Dòng 5, cột C: …".
/// </summary>
public static class TableImport
{
    /// <param name="vocabulary">The allowed values of a column, when it has any; a cell may give the value or its label.</param>
    public static (JsonArray List, int Rows) Read(TableShape shape, IReadOnlyList<SheetRow> sheet, Func<TableColumn, IReadOnlyList<string>> vocabulary)
    {
        if (sheet.Count == 0 || sheet[0].Cells.All(c => c.Length == 0))
            throw new TableImportException(["Dòng 1 phải là dòng tiêu đề với tên các cột."]);
        var problems = new List<string>();
        var columns = MapHeader(shape, sheet[0], problems);
        foreach (var missing in shape.Columns.Where(c => c.Field.Required && !columns.ContainsValue(c)))
            problems.Add($"Thiếu cột «{missing.Field.Label}» ở dòng tiêu đề.");
        if (problems.Count > 0) throw new TableImportException(problems);

        var rows = new List<IReadOnlyDictionary<string, JsonNode?>>();
        foreach (var line in sheet.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)))
        {
            var row = new Dictionary<string, JsonNode?>();
            foreach (var (index, column) in columns)
            {
                var where = $"Dòng {line.Number}, cột {XlsxSheet.ColumnName(index)}";
                var text = index < line.Cells.Count ? line.Cells[index] : "";
                if (text.Length == 0)
                {
                    if (column.Field.Required) problems.Add($"{where}: thiếu «{column.Field.Label}».");
                    continue;
                }
                var allowed = vocabulary(column);
                if (allowed.Count > 0)
                {
                    var value = allowed.FirstOrDefault(v => Key(v) == Key(text) || Key(ChoiceLabels.For(v)) == Key(text));
                    if (value is null) problems.Add($"{where}: «{text}» không có trong danh sách ({string.Join(", ", allowed.Select(ChoiceLabels.For))}).");
                    else row[column.Key] = JsonValue.Create(value);
                    continue;
                }
                if (ContractForm.ParseValue(column.Field, text) is { } node) row[column.Key] = node;
                else problems.Add($"{where}: «{text}» không phải là giá trị hợp lệ của «{column.Field.Label}».");
            }
            rows.Add(row);
        }
        if (rows.Count == 0) problems.Add("Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề.");
        if (problems.Count > 0) throw new TableImportException(problems);
        return (shape.List(rows), rows.Count);
    }

    /// <summary>The header of the sample sheet: each column's label.</summary>
    public static IReadOnlyList<string> Header(TableShape shape) => shape.Columns.Select(c => c.Field.Label).ToList();

    private static Dictionary<int, TableColumn> MapHeader(TableShape shape, SheetRow header, List<string> problems)
    {
        var mapped = new Dictionary<int, TableColumn>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var heading = Key(header.Cells[i]);
            if (heading.Length == 0) continue;
            var column = shape.Columns.Select(c => (Column: c, Score: Score(c, heading))).Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score).Select(x => x.Column).FirstOrDefault();
            if (column is null) continue;
            if (mapped.FirstOrDefault(m => m.Value == column) is { Value: not null } earlier)
            {
                problems.Add($"Dòng 1: cột {XlsxSheet.ColumnName(earlier.Key)} và cột {XlsxSheet.ColumnName(i)} cùng là «{column.Field.Label}».");
                continue;
            }
            mapped[i] = column;
        }
        return mapped;
    }

    /// <summary>3: the whole label; 2: one part of it (split at "/", "," or "("), or the property's name; 1: a heading that starts with a part.</summary>
    private static int Score(TableColumn column, string heading)
    {
        if (heading == Key(column.Field.Label)) return 3;
        var parts = column.Field.Label.Split(['/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(p => p.Length > 0).ToList();
        if (parts.Contains(heading) || heading == Key(column.Field.Name)) return 2;
        return parts.Any(p => heading.StartsWith(p + " ", StringComparison.Ordinal)) ? 1 : 0;
    }

    /// <summary>Lower case, without diacritics (đ as d), letters and digits separated by single spaces.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

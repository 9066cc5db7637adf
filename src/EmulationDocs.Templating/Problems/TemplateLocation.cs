namespace EmulationDocs.Templating.Problems;

/// <summary>
/// Where a problem sits, in terms a Word user can find: the part (document, header, footer…),
/// the paragraph number within that part (1-based, in reading order) and, inside tables, the
/// table, row and cell (1-based, innermost table).
/// </summary>
public sealed record TemplateLocation(string Part, int? Paragraph = null, int? Table = null, int? Row = null, int? Cell = null)
{
    public static TemplateLocation Package { get; } = new("package");

    /// <summary>Vietnamese description for users, e.g. "Thân văn bản, đoạn 12, bảng 1, hàng 2, ô 3".</summary>
    public string Describe()
    {
        var parts = new List<string> { PartNames.Describe(Part) };
        if (Paragraph is { } p) parts.Add($"đoạn {p}");
        if (Table is { } t) parts.Add($"bảng {t}");
        if (Row is { } r) parts.Add($"hàng {r}");
        if (Cell is { } c) parts.Add($"ô {c}");
        return string.Join(", ", parts);
    }

    public override string ToString() => Describe();
}

/// <summary>Friendly Vietnamese names of the package parts that can hold tags.</summary>
internal static class PartNames
{
    public static string Describe(string partName)
    {
        var file = Path.GetFileNameWithoutExtension(partName);
        if (partName == "package") return "Tệp";
        if (file == "document") return "Thân văn bản";
        if (file.StartsWith("header", StringComparison.Ordinal)) return $"Đầu trang ({file})";
        if (file.StartsWith("footer", StringComparison.Ordinal)) return $"Chân trang ({file})";
        if (file == "footnotes") return "Chú thích cuối trang";
        if (file == "endnotes") return "Chú thích cuối văn bản";
        return partName;
    }
}

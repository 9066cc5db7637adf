namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Motto (box 1): exactly "Độc lập - Tự do - Hạnh phúc": each phrase capitalised,
/// hyphens with spaces around them.</summary>
internal sealed class MottoTextRule : IConformanceRule
{
    public const string Id = "header.motto.text";
    private const string Expected = "Độc lập - Tự do - Hạnh phúc";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var motto = context.Layout.Header.Motto;
        if (motto is null)
        {
            yield return HeaderLocation.Missing(context, Id, "phải", $"Không tìm thấy Tiêu ngữ “{Expected}” dưới Quốc hiệu.");
        }
        else if (motto.Text != Expected)
        {
            yield return context.Issue(Id, motto, $"Tiêu ngữ ghi “{motto.Text}”; phải ghi đúng “{Expected}” (chữ cái đầu các cụm từ viết hoa, giữa các cụm từ có gạch nối, có cách chữ).");
        }
    }
}

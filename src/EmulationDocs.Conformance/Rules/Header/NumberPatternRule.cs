using System.Text.RegularExpressions;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Number and symbol (box 3): "Số: 05/CT-UBND". Numbers below 10 get a leading zero,
/// "/" between number and symbol, "-" between symbol groups, no spaces. An unissued draft may
/// leave the number blank ("Số:      /CT-UBND").</summary>
internal sealed partial class NumberPatternRule : IConformanceRule
{
    public const string Id = "header.number.pattern";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var number = context.Layout.Header.Number;
        if (number is null)
        {
            yield return HeaderLocation.Missing(context, Id, "trái", "Không tìm thấy số, ký hiệu văn bản (dạng “Số: 05/CT-UBND”) dưới tên cơ quan ban hành.");
            yield break;
        }

        var match = NumberAndSymbol().Match(number.Text);
        if (!match.Success)
        {
            yield return context.Issue(Id, number, $"Số, ký hiệu “{number.Text}” sai thể thức; đúng dạng “Số: 05/CT-UBND”: giữa số và ký hiệu có dấu “/”, giữa các nhóm chữ viết tắt có dấu “-”, không có dấu cách.");
        }
        else if (match.Groups["number"] is { Success: true, Value.Length: < 2 } digits)
        {
            yield return context.Issue(Id, number, $"Số văn bản “{digits.Value}” nhỏ hơn 10 phải ghi thêm số 0 phía trước (ví dụ “0{digits.Value}”).");
        }
    }

    // Symbol groups start with a capital and may continue in lower case: TTr, CTr, QyĐ.
    [GeneratedRegex(@"^Số: ?(?<number>\d+)?/\p{Lu}[\p{L}\p{Nd}]*(-\p{Lu}[\p{L}\p{Nd}]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndSymbol();
}

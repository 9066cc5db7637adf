using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Place and date (box 4): "Trực Ninh, ngày 05 tháng 01 năm 2022". Day below 10 and
/// months 1 and 2 get a leading zero, months 3 to 9 do not. Unissued drafts may leave day and
/// month blank ("ngày   tháng   năm 2022").</summary>
internal sealed partial class PlaceDatePatternRule : IConformanceRule
{
    public const string Id = "header.place-date.pattern";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var placeDate = context.Layout.Header.PlaceDate;
        if (placeDate is null)
        {
            // The government's layout of minutes (Mẫu 1.9) has no place and date in the header.
            if (IsMinutes(context))
            {
                yield break;
            }

            yield return HeaderLocation.Missing(context, Id, "phải", "Không tìm thấy địa danh và ngày, tháng, năm ban hành (dạng “Trực Ninh, ngày 05 tháng 01 năm 2022”) dưới Tiêu ngữ.");
            yield break;
        }

        var match = PlaceAndDate().Match(placeDate.Text);
        var problems = match.Success
            ? Problems(match).ToList()
            : [$"“{placeDate.Text}” không đúng dạng “<Địa danh>, ngày DD tháng MM năm YYYY” (sau địa danh có dấu phẩy)"];
        if (problems.Count > 0)
        {
            yield return context.Issue(Id, placeDate, $"Địa danh, ngày tháng: {string.Join("; ", problems)}.");
        }
    }

    private static bool IsMinutes(ConformanceContext context) =>
        string.Equals(context.Layout.Title.TypeName?.Text, "BIÊN BẢN", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Problems(Match match)
    {
        if (!char.IsUpper(match.Groups["place"].Value[0]))
        {
            yield return "chữ cái đầu của địa danh phải viết hoa";
        }

        if (match.Groups["day"] is { Success: true } dayGroup)
        {
            var day = int.Parse(dayGroup.Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                yield return $"ngày “{dayGroup.Value}” không hợp lệ";
            }
            else if (dayGroup.Value != day.ToString("00", CultureInfo.InvariantCulture))
            {
                yield return $"ngày “{dayGroup.Value}” phải ghi “{day:00}” (ngày nhỏ hơn 10 có số 0 phía trước)";
            }
        }

        if (match.Groups["month"] is { Success: true } monthGroup)
        {
            var month = int.Parse(monthGroup.Value, CultureInfo.InvariantCulture);
            // The decree pads only January and February, so that "01", "02" cannot be read as 10, 11, 12.
            var expected = month is 1 or 2 ? $"0{month}" : month.ToString(CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                yield return $"tháng “{monthGroup.Value}” không hợp lệ";
            }
            else if (monthGroup.Value != expected)
            {
                yield return $"tháng “{monthGroup.Value}” phải ghi “{expected}” (tháng 1, 2 có số 0 phía trước, tháng 3 đến 9 không có)";
            }
        }
    }

    [GeneratedRegex(@"^(?<place>[^,]+), ngày(?: (?<day>\d{1,3}))? tháng(?: (?<month>\d{1,3}))? năm \d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDate();
}

using System.Globalization;
using EmulationDocs.Core.Awards;

namespace EmulationDocs.Web.Features.Awards;

/// <summary>The register's columns, as the page and the export name them.</summary>
public static class AwardSheet
{
    public static readonly IReadOnlyList<string> Header =
        ["Năm", "Cá nhân/Tập thể", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Danh hiệu, hình thức", "Số quyết định", "Ngày quyết định", "Cơ quan quyết định", "Số tiền (đồng)"];

    public static string KindLabel(AwardeeKind kind) => kind == AwardeeKind.Individual ? "Cá nhân" : "Tập thể";

    public static string Money(long? amount) => amount is { } value ? value.ToString("#,0", VietnameseNumbers) : "";

    public static IReadOnlyList<string> Row(AwardListItem a) =>
        [a.Year.ToString(CultureInfo.InvariantCulture), KindLabel(a.Kind), a.Name, a.Position ?? "", a.UnitName, a.Title, a.DecisionNumber,
         a.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), a.IssuingAuthority, Money(a.Amount)];

    // Vietnamese groups thousands with dots: 2.340.000.
    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
}

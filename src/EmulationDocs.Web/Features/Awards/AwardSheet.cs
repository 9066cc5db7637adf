using System.Globalization;
using EmulationDocs.Core.Awards;
using EmulationDocs.Templating.Formatting;

namespace EmulationDocs.Web.Features.Awards;

/// <summary>The register's columns, as the page and the export name them.</summary>
public static class AwardSheet
{
    public static readonly IReadOnlyList<string> Header =
        ["Năm", "Cá nhân/Tập thể", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Danh hiệu, hình thức", "Số quyết định", "Ngày quyết định", "Cơ quan quyết định", "Số tiền (đồng)"];

    public static string KindLabel(AwardeeKind kind) => kind == AwardeeKind.Individual ? "Cá nhân" : "Tập thể";

    public static string Money(long? amount) => amount is { } value ? VietnameseFormat.Number(value) : "";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Row(AwardListItem a) =>
        [a.Year.ToString(CultureInfo.InvariantCulture), KindLabel(a.Kind), a.Name, a.Position ?? "", a.UnitName, a.Title, a.DecisionNumber,
         Date(a.DecisionDate), a.IssuingAuthority, Money(a.Amount)];
}

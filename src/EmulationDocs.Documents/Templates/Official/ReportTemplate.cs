using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Layout;

namespace EmulationDocs.Documents.Templates.Official;

/// <summary>
/// Báo cáo with an optional "Kính gửi:" and its main figures in a table attached on a new page, so
/// that the body still ends the document's text with "./.".
/// </summary>
internal static class ReportTemplate
{
    public const string Name = "report";

    public static OfficialTemplate Create() => OfficialTemplateFactory.Create(
        Name,
        DocumentKindCatalog.Report,
        DocumentKindCatalog.Report.Addressees,
        [AwardFields.Figures, AwardFields.IssuedBy],
        AttachedList.Create(
            "BIỂU SỐ LIỆU CHỦ YẾU",
            "Báo cáo",
            [
                GridTable.RepeatingRow(
                    "figures",
                    [
                        new GridTableColumn("STT", 8, StyleIds.TableNumber, "{{inc @index}}"),
                        new GridTableColumn("Chỉ tiêu", 52, StyleIds.TableText, "{{label}}"),
                        new GridTableColumn("Số liệu", 20, StyleIds.TableNumber, "{{vnNumber value}}"),
                        new GridTableColumn("Đơn vị tính", 20, StyleIds.TableNumber, "{{unit}}"),
                    ]),
            ]));
}

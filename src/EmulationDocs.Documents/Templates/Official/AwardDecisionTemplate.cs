using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Templates.Official;

/// <summary>
/// Quyết định khen thưởng (Mẫu 1.2): authority, legal bases, "QUYẾT ĐỊNH:", articles in the body,
/// and the list of awardees on a new page.
/// </summary>
internal static class AwardDecisionTemplate
{
    public const string Name = "award-decision";

    public static OfficialTemplate Create() => OfficialTemplateFactory.Create(
        Name,
        DocumentKindCatalog.Decision,
        AddresseeUse.None,
        [AwardFields.AwardGroups("Danh sách khen thưởng"), AwardFields.IssuedBy],
        AttachedList.AwardGroups("DANH SÁCH KHEN THƯỞNG", "Quyết định"));
}

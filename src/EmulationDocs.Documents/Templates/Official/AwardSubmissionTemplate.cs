using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Templates.Official;

/// <summary>Tờ trình đề nghị khen thưởng: "Kính gửi:", body, and the list of proposed awardees on a new page.</summary>
internal static class AwardSubmissionTemplate
{
    public const string Name = "award-submission";

    public static OfficialTemplate Create() => OfficialTemplateFactory.Create(
        Name,
        DocumentKindCatalog.Submission,
        AddresseeUse.Required,
        [AwardFields.AwardGroups("Danh sách đề nghị khen thưởng"), AwardFields.IssuedBy],
        AttachedList.AwardGroups("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Tờ trình"));
}

using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Documents.Templates;

/// <summary>Contract fields of the award documents (templates/README.md, "Award documents add").</summary>
internal static class AwardFields
{
    public static ContractField AwardGroups(string label) => ContractField.List(
        "awardGroups",
        true,
        label,
        ContractItems.Objects(
            ContractField.Of("title", FieldTypes.String, true, "Danh hiệu, hình thức khen thưởng", "Ví dụ: Lao động tiên tiến."),
            new ContractField("kind", FieldTypes.String, true, "Đối tượng") { Values = ["individual", "collective"], Description = "individual: cá nhân; collective: tập thể." },
            ContractField.List(
                "members",
                true,
                "Danh sách",
                ContractItems.Objects(
                    ContractField.Of("name", FieldTypes.String, true, "Họ và tên / Tên tập thể"),
                    ContractField.Of("position", FieldTypes.String, false, "Chức vụ", "Để trống đối với tập thể."),
                    ContractField.Of("unit", FieldTypes.String, true, "Đơn vị")))));

    /// <summary>Who issues the document, as the note of an attached list names it: "(Kèm theo … của …)".</summary>
    public static readonly ContractField IssuedBy = ContractField.Of(
        "issuedBy",
        FieldTypes.String,
        false,
        "Cơ quan, người ban hành (ghi ở phụ lục)",
        "Viết thường như trong câu, ví dụ: Chủ tịch Ủy ban nhân dân huyện Trực Ninh; in ở dòng \"(Kèm theo … của …)\" của danh sách kèm theo.");

    public static readonly ContractField Figures = ContractField.List(
        "figures",
        true,
        "Số liệu chủ yếu",
        ContractItems.Objects(
            ContractField.Of("label", FieldTypes.String, true, "Chỉ tiêu"),
            ContractField.Of("value", FieldTypes.Number, true, "Số liệu"),
            ContractField.Of("unit", FieldTypes.String, true, "Đơn vị tính")));

    public static readonly ContractField Meeting = ContractField.Group(
        "meeting",
        true,
        "Cuộc họp",
        ContractField.Of("time", FieldTypes.String, true, "Giờ bắt đầu", "Ví dụ: 14 giờ 00."),
        ContractField.Of("date", FieldTypes.Date, true, "Ngày họp"),
        ContractField.Of("location", FieldTypes.String, true, "Địa điểm"),
        ContractField.Of("endTime", FieldTypes.String, true, "Giờ kết thúc", "Ví dụ: 16 giờ 30; nêu cả trong câu kết thúc của nội dung."));

    public static readonly ContractField Council = ContractField.Group(
        "council",
        true,
        "Hội đồng",
        ContractField.Of("name", FieldTypes.String, true, "Tên Hội đồng", "Ví dụ: Hội đồng Thi đua - Khen thưởng huyện Trực Ninh."),
        ContractField.Of("totalMembers", FieldTypes.Integer, true, "Tổng số thành viên"),
        ContractField.Of("present", FieldTypes.Integer, true, "Số thành viên có mặt"),
        ContractField.Of("writtenVotes", FieldTypes.Integer, true, "Số thành viên vắng mặt gửi phiếu bằng văn bản"));

    public static ContractField Person(string name, string label) => ContractField.Group(
        name,
        true,
        label,
        ContractField.Of("name", FieldTypes.String, true, "Họ và tên"),
        ContractField.Of("title", FieldTypes.String, true, "Chức vụ"));

    public static readonly ContractField Attendees = ContractField.List(
        "attendees",
        true,
        "Thành phần tham dự",
        ContractItems.Objects(
            ContractField.Of("name", FieldTypes.String, true, "Họ và tên"),
            ContractField.Of("role", FieldTypes.String, true, "Chức vụ, vai trò")));

    public static readonly ContractField Votes = ContractField.List(
        "votes",
        true,
        "Kết quả biểu quyết",
        ContractItems.Objects(
            ContractField.Of("candidate", FieldTypes.String, true, "Cá nhân, tập thể được đề nghị"),
            ContractField.Of("unit", FieldTypes.String, true, "Đơn vị"),
            ContractField.Of("title", FieldTypes.String, true, "Danh hiệu, hình thức đề nghị"),
            ContractField.Of("agree", FieldTypes.Integer, true, "Số phiếu đồng ý"),
            ContractField.Of("disagree", FieldTypes.Integer, true, "Số phiếu không đồng ý"),
            ContractField.Of("percent", FieldTypes.String, true, "Tỷ lệ đồng ý (%)", "Số phiếu đồng ý trên tổng số thành viên, dấu phẩy thập phân, ví dụ: 72,7."),
            ContractField.Of("threshold", FieldTypes.String, true, "Tỷ lệ cần đạt", "Ví dụ: 80%."),
            ContractField.Of("passed", FieldTypes.Boolean, true, "Đạt")));
}

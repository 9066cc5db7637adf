using EmulationDocs.Documents.Kinds;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Documents.Contracts;

/// <summary>
/// The fields of the shared data model (templates/README.md): the same name, type and label in
/// every template that uses them.
/// </summary>
public static class SharedFields
{
    public static readonly ContractField GoverningBody = ContractField.Of(
        "governingBody", FieldTypes.String, false, "Cơ quan chủ quản", "Viết in hoa, ví dụ: UBND TỈNH NAM ĐỊNH.");

    public static readonly ContractField IssuingBody = ContractField.Of(
        "issuingBody", FieldTypes.Text, true, "Cơ quan ban hành", "Viết in hoa; xuống dòng để tách dòng, ví dụ: ỦY BAN NHÂN DÂN / HUYỆN TRỰC NINH.");

    public static readonly ContractField Number = ContractField.Of(
        "number", FieldTypes.String, false, "Số văn bản", "Văn thư cấp số khi ban hành; số nhỏ hơn 10 ghi thêm số 0 phía trước, ví dụ: 05.");

    public static readonly ContractField Symbol = ContractField.Of(
        "symbol", FieldTypes.String, true, "Ký hiệu văn bản", "Ví dụ: CT-UBND; công văn: UBND-NV.");

    public static readonly ContractField Place = ContractField.Of("place", FieldTypes.String, true, "Địa danh", "Ví dụ: Trực Ninh.");

    public static readonly ContractField Date = ContractField.Of(
        "date", FieldTypes.Date, false, "Ngày ban hành", "Văn thư ghi khi ban hành; để trống khi còn là dự thảo.");

    public static readonly ContractField Year = ContractField.Of("year", FieldTypes.Integer, true, "Năm", "Năm của văn bản, in khi chưa có ngày ban hành.");

    public static readonly ContractField Summary = ContractField.Of("summary", FieldTypes.String, true, "Trích yếu nội dung");

    public static readonly ContractField LetterSummary = ContractField.Of(
        "summary", FieldTypes.String, true, "Trích yếu nội dung (sau chữ V/v)", "Ví dụ: phát động phong trào thi đua năm 2022.");

    public static readonly ContractField DecisionAuthority = ContractField.Of(
        "decisionAuthority", FieldTypes.String, true, "Thẩm quyền ban hành", "Viết in hoa, ví dụ: CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH.");

    public static readonly ContractField LegalBases = ContractField.List(
        "legalBases", true, "Căn cứ ban hành", ContractItems.Of(FieldTypes.String), "Mỗi dòng một căn cứ \"Căn cứ …\", không ghi dấu ; hoặc . ở cuối.");

    public static readonly ContractField Body = ContractField.Of(
        "body", FieldTypes.Markdown, true, "Nội dung văn bản", "Kết thúc nội dung bằng dấu ./. ở cuối đoạn cuối cùng.");

    public static readonly ContractField Recipients = ContractField.List(
        "recipients", true, "Nơi nhận", ContractItems.Of(FieldTypes.String), "Mỗi dòng một nơi nhận, không ghi dấu - ở đầu và dấu ; ở cuối; dòng cuối thường là: Lưu: VT, NV.");

    public static readonly ContractField Signature = ContractField.Group(
        "signature",
        true,
        "Người ký",
        ContractField.Of("authority", FieldTypes.String, false, "Quyền hạn ký", "Ví dụ: TM. ỦY BAN NHÂN DÂN hoặc KT. CHỦ TỊCH."),
        ContractField.Of("title", FieldTypes.String, true, "Chức vụ người ký", "Viết in hoa, ví dụ: CHỦ TỊCH."),
        ContractField.Of("name", FieldTypes.String, true, "Họ và tên người ký"));

    public static ContractField Addressees(bool required) => ContractField.List(
        "addressees", required, "Kính gửi", ContractItems.Of(FieldTypes.String), "Mỗi dòng một nơi nhận, không ghi dấu - ở đầu và dấu ; hoặc . ở cuối.");

    /// <summary>The fields of the header (boxes 1 to 5) in form order.</summary>
    public static IEnumerable<ContractField> Header(DocumentKind kind) =>
        [GoverningBody, IssuingBody, Number, Symbol, Place, Date, Year, kind.IsOfficialLetter ? LetterSummary : Summary];

    /// <summary>The fields a kind's standard layout prints, in the order the form asks for them.</summary>
    public static IEnumerable<ContractField> StandardLayout(DocumentKind kind, AddresseeUse addressees)
    {
        foreach (var field in Header(kind))
        {
            yield return field;
        }

        if (kind.HasEnactment)
        {
            yield return DecisionAuthority;
            yield return LegalBases;
        }

        if (addressees != AddresseeUse.None)
        {
            yield return Addressees(addressees == AddresseeUse.Required);
        }

        yield return Body;
        yield return Recipients;
        yield return Signature;
    }
}

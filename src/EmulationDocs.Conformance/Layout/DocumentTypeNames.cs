namespace EmulationDocs.Conformance.Layout;

/// <summary>Names of administrative document types (Appendix III, section I), as printed in box 5a.</summary>
internal static class DocumentTypeNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "THÔNG BÁO",
        "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "BÁO CÁO",
        "BIÊN BẢN", "TỜ TRÌNH", "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ", "BẢN THỎA THUẬN",
        "BẢN THOẢ THUẬN", "GIẤY ỦY QUYỀN", "GIẤY UỶ QUYỀN", "GIẤY MỜI", "GIẤY GIỚI THIỆU",
        "GIẤY NGHỈ PHÉP", "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO",
    };

    /// <summary>Case-insensitive, so that a type name typed in lower case is still found (and then
    /// reported as not upper case).</summary>
    public static bool IsTypeName(string normalizedText) =>
        Names.Contains(normalizedText.ToUpperInvariant());
}

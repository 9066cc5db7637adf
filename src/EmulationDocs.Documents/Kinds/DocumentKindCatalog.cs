namespace EmulationDocs.Documents.Kinds;

/// <summary>
/// Every kind of administrative document of Appendix III, section I, in the order of the decree,
/// plus the công văn.
/// </summary>
public static class DocumentKindCatalog
{
    public static readonly DocumentKind Resolution = new("NQ", "Resolution", "Nghị quyết", "NGHỊ QUYẾT", OperativeWord: "QUYẾT NGHỊ:");
    public static readonly DocumentKind Decision = new("QĐ", "Decision", "Quyết định", "QUYẾT ĐỊNH", OperativeWord: "QUYẾT ĐỊNH:");
    public static readonly DocumentKind Directive = new("CT", "Directive", "Chỉ thị", "CHỈ THỊ");
    public static readonly DocumentKind Regulation = new("QC", "Regulation", "Quy chế", "QUY CHẾ");
    public static readonly DocumentKind Rule = new("QyĐ", "Rule", "Quy định", "QUY ĐỊNH");
    public static readonly DocumentKind Communique = new("TC", "Communique", "Thông cáo", "THÔNG CÁO");
    public static readonly DocumentKind Notice = new("TB", "Notice", "Thông báo", "THÔNG BÁO");
    public static readonly DocumentKind Guidance = new("HD", "Guidance", "Hướng dẫn", "HƯỚNG DẪN");
    public static readonly DocumentKind Programme = new("CTr", "Programme", "Chương trình", "CHƯƠNG TRÌNH");
    public static readonly DocumentKind Plan = new("KH", "Plan", "Kế hoạch", "KẾ HOẠCH");
    public static readonly DocumentKind Scheme = new("PA", "Scheme", "Phương án", "PHƯƠNG ÁN");
    public static readonly DocumentKind Proposal = new("ĐA", "Proposal", "Đề án", "ĐỀ ÁN");
    public static readonly DocumentKind Project = new("DA", "Project", "Dự án", "DỰ ÁN");
    public static readonly DocumentKind Report = new("BC", "Report", "Báo cáo", "BÁO CÁO", AddresseeUse.Optional);
    public static readonly DocumentKind Minutes = new("BB", "Minutes", "Biên bản", "BIÊN BẢN");
    public static readonly DocumentKind Submission = new("TTr", "Submission", "Tờ trình", "TỜ TRÌNH", AddresseeUse.Required);
    public static readonly DocumentKind Contract = new("HĐ", "Contract", "Hợp đồng", "HỢP ĐỒNG");
    public static readonly DocumentKind Dispatch = new("CĐ", "Dispatch", "Công điện", "CÔNG ĐIỆN");
    public static readonly DocumentKind Memorandum = new("BGN", "Memorandum", "Bản ghi nhớ", "BẢN GHI NHỚ");
    public static readonly DocumentKind Agreement = new("BTT", "Agreement", "Bản thỏa thuận", "BẢN THỎA THUẬN");
    public static readonly DocumentKind PowerOfAttorney = new("GUQ", "PowerOfAttorney", "Giấy ủy quyền", "GIẤY ỦY QUYỀN");
    public static readonly DocumentKind Invitation = new("GM", "Invitation", "Giấy mời", "GIẤY MỜI");
    public static readonly DocumentKind Introduction = new("GGT", "Introduction", "Giấy giới thiệu", "GIẤY GIỚI THIỆU");
    public static readonly DocumentKind LeavePermit = new("GNP", "LeavePermit", "Giấy nghỉ phép", "GIẤY NGHỈ PHÉP");
    public static readonly DocumentKind DispatchSlip = new("PG", "DispatchSlip", "Phiếu gửi", "PHIẾU GỬI");
    public static readonly DocumentKind TransferSlip = new("PC", "TransferSlip", "Phiếu chuyển", "PHIẾU CHUYỂN");
    public static readonly DocumentKind NotificationSlip = new("PB", "NotificationSlip", "Phiếu báo", "PHIẾU BÁO");
    public static readonly DocumentKind TrueCopy = new("SY", "TrueCopy", "Bản sao y", "BẢN SAO Y");
    public static readonly DocumentKind ExtractCopy = new("TrS", "ExtractCopy", "Bản trích sao", "BẢN TRÍCH SAO");
    public static readonly DocumentKind TranscribedCopy = new("SL", "TranscribedCopy", "Bản sao lục", "BẢN SAO LỤC");
    public static readonly DocumentKind OfficialLetter = new(DocumentKind.OfficialLetterCode, "OfficialLetter", "Công văn", null, AddresseeUse.Required);

    /// <summary>All kinds, Appendix III order, the công văn last.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        Resolution, Decision, Directive, Regulation, Rule, Communique, Notice, Guidance, Programme, Plan,
        Scheme, Proposal, Project, Report, Minutes, Submission, Contract, Dispatch, Memorandum, Agreement,
        PowerOfAttorney, Invitation, Introduction, LeavePermit, DispatchSlip, TransferSlip, NotificationSlip,
        TrueCopy, ExtractCopy, TranscribedCopy, OfficialLetter,
    ];

    /// <summary>
    /// Finds a kind by its code (exact, since "CT" and "CTr" or "HD" and "HĐ" differ only in case or
    /// diacritics) or by its English name (case-insensitive).
    /// </summary>
    public static DocumentKind? Find(string codeOrEnglishName)
    {
        var key = codeOrEnglishName.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return All.FirstOrDefault(kind => kind.Code == key)
            ?? All.FirstOrDefault(kind => string.Equals(kind.EnglishName, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Like <see cref="Find"/>, but an unknown kind is an error that lists the valid codes.</summary>
    public static DocumentKind Get(string codeOrEnglishName) =>
        Find(codeOrEnglishName) ?? throw new UnknownDocumentKindException(codeOrEnglishName, All.Select(kind => kind.Code));
}

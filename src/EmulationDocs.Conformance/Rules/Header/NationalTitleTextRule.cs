namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>National title (box 1): exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". The old-style
/// tone placement "HOÀ" is accepted too: both spellings are standard Vietnamese, and the
/// government's own Word file of Appendix I uses it.</summary>
internal sealed class NationalTitleTextRule : IConformanceRule
{
    public const string Id = "header.national-title.text";
    private const string Expected = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string ExpectedOldStyleToneMark = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var title = context.Layout.Header.NationalTitle;
        if (title is null)
        {
            yield return HeaderLocation.Missing(context, Id, "phải", $"Không tìm thấy Quốc hiệu “{Expected}” ở đầu văn bản.");
        }
        else if (title.Text is not (Expected or ExpectedOldStyleToneMark))
        {
            yield return context.Issue(Id, title, $"Quốc hiệu ghi “{title.Text}”; phải ghi đúng “{Expected}”.");
        }
    }
}

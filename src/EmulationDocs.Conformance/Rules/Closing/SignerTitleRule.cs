using System.Text.RegularExpressions;

namespace EmulationDocs.Conformance.Rules.Closing;

/// <summary>No academic title, degree or honorary title before the signer's name (Appendix I, II.7.c):
/// "Nguyễn Văn An", not "TS. Nguyễn Văn An".</summary>
internal sealed partial class SignerTitleRule : IConformanceRule
{
    public const string Id = "signature.name.title";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Closing.SignerName is { } name && LeadingTitle().Match(name.Text) is { Success: true } match)
        {
            yield return context.Issue(Id, name, $"Trước họ tên người ký không ghi học hàm, học vị, danh hiệu (“{match.Value.Trim()}”): chỉ ghi họ, tên đệm và tên.");
        }
    }

    // Abbreviations with or without their dot (“PGS.TS.”, “ThS ”), or written out.
    [GeneratedRegex(
        @"^((GS|PGS|TSKH|TS|ThS|Ths|CN|KS|BS|DS|KTS|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT)(\.\s*|\s+))+|^(Phó\s+)?(Giáo\s+sư|Tiến\s+sĩ|Thạc\s+sĩ|Cử\s+nhân|Kỹ\s+sư|Kĩ\s+sư|Bác\s+sĩ|Dược\s+sĩ|Kiến\s+trúc\s+sư)\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTitle();
}

namespace EmulationDocs.Conformance.Rules.Closing;

/// <summary>Authority line and signer's title (box 7a) upper case, bold, 13–14 pt; signer's name
/// (box 7b) bold, 13–14 pt.</summary>
internal sealed class SignatureFormatRule : IConformanceRule
{
    public const string Id = "signature.format";
    private static readonly TextStyleExpectation Authority = new(13, 14) { UpperCase = true, Bold = true, Italic = false };
    private static readonly TextStyleExpectation Name = new(13, 14) { Bold = true, Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var closing = context.Layout.Closing;
        if (closing.AuthorityLines.Count == 0)
        {
            yield return new ConformanceIssue(Id, "Không tìm thấy quyền hạn, chức vụ của người ký (chữ in hoa, đậm, ví dụ “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”).", "Cuối văn bản", null);
        }

        foreach (var line in closing.AuthorityLines)
        {
            if (context.StyleIssue(Id, line, "Quyền hạn, chức vụ người ký", Authority) is { } issue)
            {
                yield return issue;
            }
        }

        if (closing.SignerName is { } name && context.StyleIssue(Id, name, "Họ tên người ký", Name) is { } nameIssue)
        {
            yield return nameIssue;
        }
    }
}

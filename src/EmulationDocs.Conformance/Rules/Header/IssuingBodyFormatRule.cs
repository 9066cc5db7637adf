namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Issuing body (box 2): upper case, bold, 12–13 pt.</summary>
internal sealed class IssuingBodyFormatRule : IConformanceRule
{
    public const string Id = "header.issuing-body.format";
    private static readonly TextStyleExpectation Expected = new(12, 13) { UpperCase = true, Bold = true, Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var issuingBody = context.Layout.Header.IssuingBody;
        if (issuingBody.Count == 0)
        {
            yield return HeaderLocation.Missing(context, Id, "trái", "Không tìm thấy tên cơ quan, tổ chức ban hành văn bản (chữ in hoa, đậm) ở đầu văn bản, phía trên số, ký hiệu.");
            yield break;
        }

        foreach (var line in issuingBody)
        {
            if (context.StyleIssue(Id, line, "Tên cơ quan ban hành", Expected) is { } issue)
            {
                yield return issue;
            }
        }
    }
}

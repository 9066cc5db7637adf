namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>A solid line under the issuing body (1/3 to 1/2 of the text's length).</summary>
internal sealed class IssuingBodyLineRule : IConformanceRule
{
    public const string Id = "header.issuing-body.line";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var issuingBody = context.Layout.Header.IssuingBody;
        if (issuingBody.Count == 0)
        {
            yield break;
        }

        if (LineUnder.Find(context, issuingBody[^1]) is not { } line)
        {
            yield return context.Issue(Id, issuingBody[^1], "Thiếu đường kẻ ngang, nét liền dưới tên cơ quan ban hành (dài 1/3 đến 1/2 dòng chữ).");
        }
        else if (LineProportion.ThirdToHalf.Deviation(context, line, issuingBody, "tên cơ quan ban hành") is { } deviation)
        {
            yield return context.Issue(Id, issuingBody[^1], deviation);
        }
    }
}

using EmulationDocs.Conformance.Rules.Header;

namespace EmulationDocs.Conformance.Rules.Title;

/// <summary>A solid line under the summary of box 5a (1/3 to 1/2 of the text's length).</summary>
internal sealed class SummaryLineRule : IConformanceRule
{
    public const string Id = "title.summary.line";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var summary = context.Layout.Title.Summary;
        if (summary.Count == 0)
        {
            yield break;
        }

        if (LineUnder.Find(context, summary[^1]) is not { } line)
        {
            yield return context.Issue(Id, summary[^1], "Thiếu đường kẻ ngang, nét liền dưới trích yếu nội dung văn bản (dài 1/3 đến 1/2 dòng chữ).");
        }
        else if (LineProportion.ThirdToHalf.Deviation(context, line, summary, "trích yếu nội dung") is { } deviation)
        {
            yield return context.Issue(Id, summary[^1], deviation);
        }
    }
}

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>A solid line under the motto, as long as the text.</summary>
internal sealed class MottoLineRule : IConformanceRule
{
    public const string Id = "header.motto.line";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.Motto is not { } motto)
        {
            yield break;
        }

        if (LineUnder.Find(context, motto) is not { } line)
        {
            yield return context.Issue(Id, motto, "Thiếu đường kẻ ngang, nét liền dưới Tiêu ngữ (dài bằng dòng chữ).");
        }
        else if (LineProportion.WholeText.Deviation(context, line, [motto], "Tiêu ngữ") is { } deviation)
        {
            yield return context.Issue(Id, motto, deviation);
        }
    }
}

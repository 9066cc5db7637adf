namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>A solid line under the motto, as long as the text.</summary>
internal sealed class MottoLineRule : IConformanceRule
{
    public const string Id = "header.motto.line";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        if (context.Layout.Header.Motto is { } motto && !LineUnder.Exists(context, motto))
        {
            yield return context.Issue(Id, motto, "Thiếu đường kẻ ngang, nét liền dưới Tiêu ngữ (dài bằng dòng chữ).");
        }
    }
}

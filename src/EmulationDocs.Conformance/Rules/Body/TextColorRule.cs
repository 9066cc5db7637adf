namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>All text is black (Appendix I, I.4): automatic colour or 000000.</summary>
internal sealed class TextColorRule : IConformanceRule
{
    public const string Id = "font.color";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        foreach (var paragraph in context.Layout.Paragraphs.Where(p => !p.IsEmpty))
        {
            var colors = context.FormattingOf(paragraph).Runs
                .Select(run => run.Format.Color)
                .Where(color => !IsBlack(color))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (colors.Count > 0)
            {
                yield return context.Issue(Id, paragraph, $"Chữ có màu {string.Join(", ", colors.Select(c => $"#{c.ToUpperInvariant()}"))}; quy định chữ màu đen.");
            }
        }
    }

    private static bool IsBlack(string color) =>
        string.Equals(color, "auto", StringComparison.OrdinalIgnoreCase) || color == "000000";
}

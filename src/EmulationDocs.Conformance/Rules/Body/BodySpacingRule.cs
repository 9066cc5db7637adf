using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>At least 6 pt between paragraphs (space before plus space after, as Word adds them).</summary>
internal sealed class BodySpacingRule : IConformanceRule
{
    public const string Id = "body.spacing";
    private const int MinTwips = 6 * 20;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        foreach (var paragraph in context.Layout.Body)
        {
            var format = context.FormattingOf(paragraph).Paragraph;
            var spacing = format.SpacingBefore + format.SpacingAfter;
            if (spacing < MinTwips)
            {
                yield return context.Issue(Id, paragraph, $"Khoảng cách giữa các đoạn {VietnameseNumber.Format(spacing / 20.0)} pt; quy định tối thiểu 6 pt.");
            }
        }
    }
}

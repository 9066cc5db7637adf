using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>Line spacing from single to 1.5 lines.</summary>
internal sealed class BodyLineSpacingRule : IConformanceRule
{
    public const string Id = "body.line-spacing";
    private const int SingleLine = 240;
    private const int OneAndHalfLines = 360;

    // For exact and at-least spacing: Times New Roman's single line is about 1.15 × its size.
    private const double SingleLineHeightPerPoint = 1.15;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        foreach (var paragraph in context.Layout.Body)
        {
            var formatting = context.FormattingOf(paragraph);
            var format = formatting.Paragraph;
            var fontPoints = formatting.SizesPoints.DefaultIfEmpty(13).Max();
            var maxFixedPoints = fontPoints * SingleLineHeightPerPoint * 1.5;
            var linePoints = format.LineSpacing / 20.0;
            var message = format.LineRule switch
            {
                "exact" when linePoints < fontPoints || linePoints > maxFixedPoints =>
                    $"Giãn dòng cố định {VietnameseNumber.Format(linePoints)} pt; quy định tối thiểu dòng đơn, tối đa 1,5 dòng.",
                "atLeast" when linePoints > maxFixedPoints =>
                    $"Giãn dòng tối thiểu {VietnameseNumber.Format(linePoints)} pt vượt quá 1,5 dòng.",
                "auto" or null when format.LineSpacing is < SingleLine or > OneAndHalfLines =>
                    $"Giãn dòng {VietnameseNumber.Format(format.LineSpacing / 240.0)} dòng; quy định từ dòng đơn đến 1,5 dòng.",
                _ => null,
            };
            if (message is not null)
            {
                yield return context.Issue(Id, paragraph, message);
            }
        }
    }
}

using EmulationDocs.Conformance.Content;


namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>First line indented 1 cm or 1.27 cm (accepted: 0.95–1.35 cm, for rounding in Word and
/// in templates converted from other units).</summary>
internal sealed class BodyIndentRule : IConformanceRule
{
    public const string Id = "body.indent";
    private const double TwipsPerCentimetre = 1440 / 2.54;
    private const double MinCentimetres = 0.95;
    private const double MaxCentimetres = 1.35;

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        foreach (var paragraph in context.Layout.Body)
        {
            var format = context.FormattingOf(paragraph).Paragraph;
            var indent = (format.FirstLineIndent - format.HangingIndent) / TwipsPerCentimetre;
            if (indent < MinCentimetres || indent > MaxCentimetres)
            {
                yield return context.Issue(Id, paragraph, $"Thụt đầu dòng {VietnameseNumber.Format(indent)} cm; quy định chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm.");
            }
        }
    }
}

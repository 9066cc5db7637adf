namespace EmulationDocs.Conformance.Rules.Body;

/// <summary>Body text is justified on both margins.</summary>
internal sealed class BodyAlignmentRule : IConformanceRule
{
    public const string Id = "body.alignment";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context) =>
        from paragraph in context.Layout.Body
        let justification = context.FormattingOf(paragraph).Paragraph.Justification
        where justification is not ("both" or "distribute")
        select context.Issue(Id, paragraph, $"Nội dung chưa canh đều hai lề (đang canh {Describe(justification)}).");

    private static string Describe(string justification) => justification switch
    {
        "center" => "giữa",
        "right" => "phải",
        "left" => "trái",
        _ => justification,
    };
}

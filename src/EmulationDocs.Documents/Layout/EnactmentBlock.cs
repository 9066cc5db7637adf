using DocumentFormat.OpenXml;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// The authority that enacts, its legal bases (italic, ";" after each, "." after the last) and the
/// operative word such as "QUYẾT ĐỊNH:" (Appendix III, Mẫu 1.1 to 1.3).
/// </summary>
internal static class EnactmentBlock
{
    public static IEnumerable<OpenXmlElement> Create(string operativeWord) =>
    [
        TemplateParagraph.Create(StyleIds.DecisionAuthority, "{{decisionAuthority}}"),
        .. TemplateParagraph.Block(
            StyleIds.LegalBasis,
            "{{#each legalBases}}",
            [TemplateParagraph.Create(StyleIds.LegalBasis, ["{{this}}", .. TemplateTags.ListLineEnd()])],
            "{{/each}}"),
        TemplateParagraph.Create(StyleIds.OperativeWord, operativeWord),
    ];
}

using DocumentFormat.OpenXml;

namespace EmulationDocs.Documents.Layout;

/// <summary>Box 9b: "Nơi nhận:" bold italic 12 pt and one "- …;" line per recipient at 11 pt.</summary>
internal static class RecipientsBlock
{
    public static IEnumerable<OpenXmlElement> Create() =>
    [
        TemplateParagraph.Create(StyleIds.RecipientsHeading, "Nơi nhận:"),
        .. TemplateParagraph.Block(
            StyleIds.Recipient,
            "{{#each recipients}}",
            [TemplateParagraph.Create(StyleIds.Recipient, ["- ", "{{this}}", .. TemplateTags.ListLineEnd()])],
            "{{/each}}"),
    ];
}

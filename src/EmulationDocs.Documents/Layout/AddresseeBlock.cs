using DocumentFormat.OpenXml;
using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Box 9a: one addressee stands on the "Kính gửi:" line itself; several go one "- …;" line
/// each under it, the last ending ".".
/// </summary>
internal static class AddresseeBlock
{
    public static IEnumerable<OpenXmlElement> Create(AddresseeUse use)
    {
        if (use == AddresseeUse.None)
        {
            return [];
        }

        IEnumerable<OpenXmlElement> block =
        [
            TemplateParagraph.Create(StyleIds.AddresseeHeading, "{{#if addressees.[1]}}"),
            TemplateParagraph.Create(StyleIds.AddresseeHeading, "Kính gửi:"),
            .. TemplateParagraph.Block(
                StyleIds.Addressee,
                "{{#each addressees}}",
                [TemplateParagraph.Create(StyleIds.Addressee, ["- ", "{{this}}", .. TemplateTags.ListLineEnd()])],
                "{{/each}}"),
            TemplateParagraph.Create(StyleIds.AddresseeHeading, "{{else}}"),
            TemplateParagraph.Create(StyleIds.AddresseeHeading, ["Kính gửi: ", "{{addressees.[0]}}", "."]),
            TemplateParagraph.Create(StyleIds.AddresseeHeading, "{{/if}}"),
        ];
        return use == AddresseeUse.Optional
            ? TemplateParagraph.Block(StyleIds.AddresseeHeading, "{{#if addressees}}", block, "{{/if}}")
            : block;
    }
}

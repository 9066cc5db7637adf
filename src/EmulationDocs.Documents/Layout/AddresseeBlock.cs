using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Layout;

/// <summary>Box 9a: "Kính gửi:" and one "- …;" line per addressee, the last ending ".".</summary>
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
            TemplateParagraph.Create(StyleIds.AddresseeHeading, "Kính gửi:"),
            .. TemplateParagraph.Block(
                StyleIds.Addressee,
                "{{#each addressees}}",
                [TemplateParagraph.Create(StyleIds.Addressee, ["- ", "{{this}}", .. TemplateTags.ListLineEnd()])],
                "{{/each}}"),
        ];
        return use == AddresseeUse.Optional
            ? TemplateParagraph.Block(StyleIds.AddresseeHeading, "{{#if addressees}}", block, "{{/if}}")
            : block;
    }
}

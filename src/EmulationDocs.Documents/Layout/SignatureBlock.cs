using DocumentFormat.OpenXml;

namespace EmulationDocs.Documents.Layout;

/// <summary>Boxes 7a to 7c: authority and title bold upper case, room for signature and seal, the signer's name bold.</summary>
internal static class SignatureBlock
{
    /// <summary>Five empty lines, about 30 mm: enough for a signature with the seal over its left third.</summary>
    private const int SignatureSpaceLines = 5;

    /// <summary>The signature of the shared data model: optional <c>signature.authority</c>, then title and name.</summary>
    public static IEnumerable<OpenXmlElement> ForSignature() =>
    [
        .. TemplateParagraph.Block(
            StyleIds.SignatureTitle,
            "{{#if signature.authority}}",
            [TemplateParagraph.Create(StyleIds.SignatureTitle, "{{signature.authority}}")],
            "{{/if}}"),
        TemplateParagraph.Create(StyleIds.SignatureTitle, "{{signature.title}}"),
        .. Space(),
        TemplateParagraph.Create(StyleIds.SignerName, "{{signature.name}}"),
    ];

    /// <summary>A signer with a fixed title, e.g. "THƯ KÝ" over <c>{{secretary.name}}</c> in a Biên bản.</summary>
    public static IEnumerable<OpenXmlElement> ForSigner(string title, string nameTag) =>
    [
        TemplateParagraph.Create(StyleIds.SignatureTitle, title),
        .. Space(),
        TemplateParagraph.Create(StyleIds.SignerName, nameTag),
    ];

    private static IEnumerable<OpenXmlElement> Space() =>
        Enumerable.Range(0, SignatureSpaceLines).Select(_ => TemplateParagraph.Create(StyleIds.SignatureSpace));
}

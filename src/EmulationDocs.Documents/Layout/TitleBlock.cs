using DocumentFormat.OpenXml;

namespace EmulationDocs.Documents.Layout;

/// <summary>Box 5a: the type name, the summary line directly under it, and a short line under both.</summary>
internal static class TitleBlock
{
    /// <summary>A third of a full summary line; the decree asks for 1/3 to 1/2 of the summary's length.</summary>
    private static readonly int RuleLength = Twips.FromMillimetres(50);

    public static IEnumerable<OpenXmlElement> Create(string typeName) =>
    [
        TemplateParagraph.Create(StyleIds.TypeName, typeName),
        TemplateParagraph.Create(StyleIds.Summary, "{{summary}}"),
        HorizontalRule.Centered(RuleLength, PageGeometry.TextWidth, spaceAfter: 12),
    ];
}

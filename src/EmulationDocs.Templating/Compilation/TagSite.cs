using EmulationDocs.Templating.Parsing;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// Where a tag that reads data stands in the template. Its compiled text is preceded by a call to
/// <see cref="PartCompiler.TagSiteHelper"/> with the site's number, so a value missing at render
/// time is reported with the tag that asked for it.
/// </summary>
/// <param name="TestsPresence">
/// <c>{{#if path}}</c> or <c>{{#unless path}}</c>: asking whether a value is there is no use of it,
/// so an absent value is not missing.
/// </param>
internal sealed record TagSite(TemplateLocation Location, string Tag, bool TestsPresence)
{
    public static bool ReadsData(Tag tag) => tag.Kind is TagKind.Expression or TagKind.BlockOpen;

    public static TagSite For(TagOccurrence occurrence) => new(occurrence.Location, occurrence.Tag.Text, IsPresenceTest(occurrence.Tag));

    private static bool IsPresenceTest(Tag tag) =>
        tag is { Kind: TagKind.BlockOpen, Name: "if" or "unless", Expression.Arguments: [PathArgument] };
}

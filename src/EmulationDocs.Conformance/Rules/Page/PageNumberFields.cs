using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Finds PAGE fields (simple or complex) in the headers and footers of the first section.</summary>
internal static partial class PageNumberFields
{
    /// <summary>Paragraphs of the part that hold a PAGE field (NUMPAGES and SECTIONPAGES do not count).</summary>
    public static IReadOnlyList<Paragraph> In(OpenXmlPart? part) =>
        part?.RootElement?.Descendants<Paragraph>().Where(HasPageField).ToList() ?? [];

    /// <summary>The first section's header of the given type ("default", "first" or "even").</summary>
    public static OpenXmlPart? Header(ConformanceContext context, string type) =>
        context.Sections.FirstOrDefault()?.Elements<HeaderReference>()
            .Where(reference => string.Equals(reference.Type?.InnerText ?? "default", type, StringComparison.OrdinalIgnoreCase))
            .Select(reference => Part(context, reference.Id?.Value))
            .FirstOrDefault(part => part is not null);

    public static IEnumerable<OpenXmlPart> Footers(ConformanceContext context) =>
        context.Sections.FirstOrDefault()?.Elements<FooterReference>()
            .Select(reference => Part(context, reference.Id?.Value))
            .OfType<OpenXmlPart>() ?? [];

    private static OpenXmlPart? Part(ConformanceContext context, string? relationshipId) =>
        relationshipId is not null && context.Main.Parts.FirstOrDefault(pair => pair.RelationshipId == relationshipId) is { OpenXmlPart: { } part }
            ? part
            : null;

    private static bool HasPageField(Paragraph paragraph)
    {
        var instructions = paragraph.Descendants<SimpleField>().Select(field => field.Instruction?.Value ?? string.Empty)
            .Concat(paragraph.Descendants<FieldCode>().Select(code => code.Text))
            // A complex field's code may be split over several runs.
            .Append(string.Concat(paragraph.Descendants<FieldCode>().Select(code => code.Text)));
        return instructions.Any(instruction => PageInstruction().IsMatch(instruction));
    }

    [GeneratedRegex(@"^\s*PAGE\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageInstruction();
}

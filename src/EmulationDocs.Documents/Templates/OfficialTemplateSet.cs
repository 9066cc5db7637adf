using EmulationDocs.Documents.Kinds;
using EmulationDocs.Documents.Templates.Official;

namespace EmulationDocs.Documents.Templates;

/// <summary>The seven official templates committed in templates/.</summary>
public static class OfficialTemplateSet
{
    public static IReadOnlyList<OfficialTemplate> CreateAll() =>
    [
        OfficialTemplateFactory.Create("directive", DocumentKindCatalog.Directive, AddresseeUse.None),
        OfficialTemplateFactory.Create("official-letter", DocumentKindCatalog.OfficialLetter, AddresseeUse.Required),
        OfficialTemplateFactory.Create("plan", DocumentKindCatalog.Plan, AddresseeUse.None),
        ReportTemplate.Create(),
        AwardSubmissionTemplate.Create(),
        CouncilMinutesTemplate.Create(),
        AwardDecisionTemplate.Create(),
    ];

    /// <summary>Writes every template and its contract into <paramref name="directory"/>.</summary>
    public static IReadOnlyList<OfficialTemplate> WriteAll(string directory)
    {
        var templates = CreateAll();
        foreach (var template in templates)
        {
            template.WriteTo(directory);
        }

        return templates;
    }
}

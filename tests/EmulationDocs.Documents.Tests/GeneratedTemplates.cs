using EmulationDocs.Documents.Templates;

namespace EmulationDocs.Documents.Tests;

/// <summary>The seven official templates, generated once for all tests.</summary>
internal static class GeneratedTemplates
{
    private static readonly Lazy<IReadOnlyList<OfficialTemplate>> Templates = new(OfficialTemplateSet.CreateAll);

    public static IReadOnlyList<OfficialTemplate> All => Templates.Value;

    public static OfficialTemplate Named(string name) => All.Single(template => template.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var template in All)
        {
            data.Add(template.Name);
        }

        return data;
    }
}

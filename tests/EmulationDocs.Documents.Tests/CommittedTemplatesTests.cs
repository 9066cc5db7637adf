using EmulationDocs.Testing;
using System.Text;

namespace EmulationDocs.Documents.Tests;

/// <summary>The files in templates/ must be exactly what the generator produces, so nobody edits them by hand unnoticed.</summary>
public sealed class CommittedTemplatesTests
{
    private static readonly string TemplatesDirectory = Path.Combine(RepositoryPaths.Root, "templates");

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Committed_docx_equals_generator_output(string name)
    {
        var template = GeneratedTemplates.Named(name);
        var path = Path.Combine(TemplatesDirectory, template.DocxFileName);

        Assert.True(File.Exists(path), $"{path} is missing; regenerate with OfficialTemplateSet.WriteAll.");
        Assert.True(
            template.Docx.AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{path} differs from the generator's output; regenerate with OfficialTemplateSet.WriteAll.");
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates.Names), MemberType = typeof(GeneratedTemplates))]
    public void Committed_contract_equals_generator_output(string name)
    {
        var template = GeneratedTemplates.Named(name);
        var path = Path.Combine(TemplatesDirectory, template.ContractFileName);

        Assert.True(File.Exists(path), $"{path} is missing; regenerate with OfficialTemplateSet.WriteAll.");
        Assert.Equal(template.ContractJson, File.ReadAllText(path, Encoding.UTF8));
    }
}

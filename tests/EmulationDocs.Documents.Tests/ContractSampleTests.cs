using EmulationDocs.Templating;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;
using EmulationDocs.Testing;

namespace EmulationDocs.Documents.Tests;

/// <summary>
/// A contract's sample data fills every tag of its template: strict rendering with it is the check that an uploaded
/// template and its contract belong together.
/// </summary>
public sealed class ContractSampleTests
{
    public static TheoryData<string> Templates => [.. Directory.EnumerateFiles(RepositoryPaths.Templates, "*.docx").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_official_template_renders_strictly_with_the_sample_of_its_contract(string name)
    {
        var contract = DataContract.Load(Path.Combine(RepositoryPaths.Templates, name + ".contract.json"));
        var sample = ContractSample.For(contract);

        Assert.Empty(contract.Validate(sample));
        var template = DocxTemplate.Compile(File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, name + ".docx")));
        Assert.NotEmpty(template.Render(TemplateData.FromElement(sample), new RenderOptions { AllowMissingValues = false }));
    }

    [Fact]
    public void A_contract_that_does_not_declare_a_tag_leaves_it_missing_by_its_path()
    {
        var contract = DataContract.Load(Path.Combine(RepositoryPaths.Templates, "directive.contract.json"));
        var partial = contract with { Fields = [.. contract.Fields.Where(f => f.Name != "summary")] };
        var template = DocxTemplate.Compile(File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "directive.docx")));

        var error = Assert.Throws<RenderException>(() =>
            template.Render(TemplateData.FromElement(ContractSample.For(partial)), new RenderOptions { AllowMissingValues = false }));
        Assert.Equal(["summary"], error.MissingPaths);
    }
}

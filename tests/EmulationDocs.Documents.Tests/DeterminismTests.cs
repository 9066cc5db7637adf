using EmulationDocs.Documents.Templates;

namespace EmulationDocs.Documents.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Official_templates_have_the_same_bytes_every_run()
    {
        var first = OfficialTemplateSet.CreateAll();
        var second = OfficialTemplateSet.CreateAll();

        Assert.Equal(first.Select(template => template.Name), second.Select(template => template.Name));
        for (var index = 0; index < first.Count; index++)
        {
            Assert.Equal(first[index].Docx, second[index].Docx);
            Assert.Equal(first[index].ContractJson, second[index].ContractJson);
        }
    }

    [Fact]
    public void Factory_output_has_the_same_bytes_every_run()
    {
        var request = new TemplateRequest("TB");

        Assert.Equal(OfficialTemplateFactory.Create(request).Docx, OfficialTemplateFactory.Create(request).Docx);
    }

    [Fact]
    public void Package_entries_carry_a_fixed_timestamp()
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(GeneratedTemplates.All[0].Docx));

        Assert.All(archive.Entries, entry => Assert.Equal(2020, entry.LastWriteTime.Year));
        Assert.Equal("[Content_Types].xml", archive.Entries[0].FullName);
    }
}

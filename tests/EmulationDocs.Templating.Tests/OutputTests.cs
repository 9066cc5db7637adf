using System.Security.Cryptography;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class OutputTests
{
    private static readonly byte[] Template = Body(P("{{#each people}}") + P("{{inc @index}}. {{name}} {{image seal 10}}") + P("{{/each}}")).Build();
    private const string Data = $$"""{ "people": [ { "name": "An", "seal": "{{ContentHelperTests.Png}}" }, { "name": "Bình", "seal": "{{ContentHelperTests.Png}}" } ] }""";

    [Fact]
    public void The_same_template_and_data_give_byte_identical_files()
    {
        var first = DocxTemplate.Compile(Template).Render(TemplateData.FromJson(Data));
        var second = DocxTemplate.Compile(Template).Render(TemplateData.FromJson(Data));
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void One_compiled_template_renders_many_data_sets_including_in_parallel()
    {
        var template = DocxTemplate.Compile(Body(P("{{#each items}}") + P("{{this}}") + P("{{/each}}")).Build());
        var results = Enumerable.Range(1, 40).AsParallel().Select(n =>
        {
            var json = "{ \"items\": [" + string.Join(",", Enumerable.Range(1, n).Select(i => $"\"{n}-{i}\"")) + "] }";
            using var doc = new RenderedDocument(template.Render(TemplateData.FromJson(json)));
            return (n, doc.Paragraphs);
        }).ToList();
        Assert.All(results, r => Assert.Equal(Enumerable.Range(1, r.n).Select(i => $"{r.n}-{i}"), r.Paragraphs));
    }

    [Fact]
    public void Rendered_output_is_schema_valid()
    {
        using var doc = Render.Run(Template, Data);
        Assert.Equal(["1. An ", "2. Bình "], doc.Paragraphs);
    }

    [Fact]
    public void A_failed_render_writes_nothing_to_the_output_stream()
    {
        var output = new MemoryStream();
        Assert.Throws<Rendering.RenderException>(() => DocxTemplate.Compile(Template).Render(TemplateData.FromJson("{}"), output));
        Assert.Equal(0, output.Length);
    }
}

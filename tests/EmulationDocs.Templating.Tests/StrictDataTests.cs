using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class StrictDataTests
{
    private static readonly byte[] Template = Body(
        P("{{agency.name}} {{agency.code}}") + P("{{#each items}}") + P("{{inc @index}}. {{name}} {{#if note}}({{note}}){{/if}}") + P("{{/each}}")).Build();

    [Fact]
    public void Missing_values_fail_the_render_naming_every_full_path()
    {
        var template = DocxTemplate.Compile(Template);
        var error = Assert.Throws<RenderException>(() => template.Render(TemplateData.FromJson(
            """{ "agency": { "name": "UBND" }, "items": [ { "name": "a", "note": null }, { "note": "x" } ] }""")));
        Assert.Equal(["agency.code", "items[1].name"], error.MissingPaths);
        Assert.Contains("agency.code", error.UserMessage);
    }

    [Fact]
    public void A_missing_array_is_reported_by_its_path()
    {
        var template = DocxTemplate.Compile(Template);
        var error = Assert.Throws<RenderException>(() => template.Render(TemplateData.FromJson("""{ "agency": { "name": "a", "code": "b" } }""")));
        Assert.Equal(["items"], error.MissingPaths);
    }

    [Fact]
    public void Missing_values_render_empty_when_explicitly_allowed()
    {
        using var doc = Render.Run(Template, """{ "agency": { "name": "UBND" }, "items": [ { "name": "a" } ] }""", allowMissing: true);
        Assert.Equal(["UBND ", "1. a "], doc.Paragraphs);
    }

    [Theory]
    [InlineData("{ \"a\": ")]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    public void Malformed_data_is_refused_with_a_clear_message(string json)
    {
        var error = Assert.Throws<TemplateDataException>(() => TemplateData.FromJson(json));
        Assert.False(string.IsNullOrWhiteSpace(error.UserMessage));
    }
}

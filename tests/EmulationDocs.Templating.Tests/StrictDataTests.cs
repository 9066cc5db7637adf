using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Problems;
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
    public void A_missing_value_in_an_array_of_arrays_is_named_with_both_indexes()
    {
        var template = DocxTemplate.Compile(Body(P("{{#each groups}}{{#each this}}{{unit.name}} {{/each}}{{/each}}")).Build());
        var error = Assert.Throws<RenderException>(() => template.Render(TemplateData.FromJson(
            """{ "groups": [ [ { "unit": { "name": "a" } } ], [ { "unit": { "name": "b" } }, { "unit": { } } ] ] }""")));
        Assert.Equal(["groups[1][1].unit.name"], error.MissingPaths);
    }

    [Fact]
    public void Every_missing_value_is_listed_at_once_with_the_place_and_tag_that_read_it()
    {
        var template = DocxTemplate.Compile(Body(
                P("{{agency.name}}") +
                Table(Row(P("{{#each items}}{{inc @index}}"), P("{{vnDate date}}{{/each}}"))) +
                P("{{signer}}"))
            .Header(P("{{agency.code}}"))
            .Build());

        var error = Assert.Throws<RenderException>(() => template.Render(TemplateData.FromJson(
            """{ "agency": { "name": "UBND" }, "items": [ { "date": "2024-01-02" }, { }, { } ] }""")));

        const string body = "word/document.xml";
        // In the package's order of parts: the header part comes first.
        Assert.Equal(
            [
                new MissingValue("agency.code", new TemplateLocation("word/header1.xml", 1), "{{agency.code}}"),
                new MissingValue("items[1].date", new TemplateLocation(body, 3, 1, 1, 2), "{{vnDate date}}"),
                new MissingValue("items[2].date", new TemplateLocation(body, 3, 1, 1, 2), "{{vnDate date}}"),
                new MissingValue("signer", new TemplateLocation(body, 4), "{{signer}}"),
            ],
            error.Missing);
        Assert.Equal(["agency.code", "items[1].date", "items[2].date", "signer"], error.MissingPaths);
        Assert.Contains("signer (Thân văn bản, đoạn 4, thẻ {{signer}})", error.UserMessage);
        Assert.Contains("items[2].date (Thân văn bản, đoạn 3, bảng 1, hàng 1, ô 2, thẻ {{vnDate date}})", error.UserMessage);
        Assert.Contains("agency.code (Đầu trang (header1), đoạn 1, thẻ {{agency.code}})", error.UserMessage);
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

using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

/// <summary>In strict mode a test of presence (<c>{{#if note}}</c>, <c>{{#unless note}}</c>) is not a use of an absent value.</summary>
public sealed class PresenceTestTests
{
    [Fact]
    public void If_and_unless_on_an_absent_value_render_without_error()
    {
        var template = Body(P("{{#if note}}(", "{{note}})", "{{/if}}") + P("{{#unless note}}không có ghi chú{{/unless}}")).Build();

        using var doc = Render.Run(template, "{}");

        Assert.Equal(["", "không có ghi chú"], doc.Paragraphs);
    }

    [Fact]
    public void An_optional_value_some_items_lack_is_tested_in_a_loop()
    {
        var template = Body(P("{{#each items}}") + P("{{name}}{{#if note}} ({{note}}){{/if}}{{#unless note}} —{{/unless}}") + P("{{/each}}")).Build();

        using var doc = Render.Run(template, """{ "items": [ { "name": "a", "note": "x" }, { "name": "b" } ] }""");

        Assert.Equal(["a (x)", "b —"], doc.Paragraphs);
    }

    [Fact]
    public void A_nested_path_whose_parent_is_absent_is_a_presence_test_too()
    {
        using var doc = Render.Run(Body(P("{{#if signature.authority}}{{signature.authority}}{{else}}-{{/if}}")).Build(), "{}");

        Assert.Equal(["-"], doc.Paragraphs);
    }

    [Fact]
    public void An_absent_value_that_is_printed_still_fails()
    {
        var template = DocxTemplate.Compile(Body(P("{{#if note}}có{{/if}} {{note}}") + P("{{#each items}}{{#if note}}x{{/if}}{{name}}{{/each}}")).Build());

        var error = Assert.Throws<RenderException>(() => template.Render(TemplateData.FromJson("""{ "items": [ { "name": "a" }, { } ] }""")));

        Assert.Equal(["note", "items[1].name"], error.MissingPaths);
    }
}

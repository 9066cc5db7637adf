using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class PartsTests
{
    [Fact]
    public void Tags_work_in_headers_footers_footnotes_and_endnotes()
    {
        var template = Body("<w:p><w:r><w:t xml:space=\"preserve\">Thân {{body}}</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>")
            .Header(P("{{#each headers}}") + P("Đầu: {{this}}") + P("{{/each}}"))
            .Footer(P("Chân: ", "{{upp", "er footer}}"))
            .Footnote(P("Chú thích {{note}}"))
            .Endnote(P("Cuối {{end}}"))
            .Build();
        using var doc = Render.Run(template, """{ "body": "B", "headers": ["h1", "h2"], "footer": "ủy ban", "note": "N", "end": "E" }""");
        Assert.Equal("Thân B", doc.Paragraphs[0]);
        Assert.Equal(["Đầu: h1", "Đầu: h2"], doc.Main.HeaderParts.Single().Header.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(RenderedDocument.TextOf));
        Assert.Equal("Chân: ỦY BAN", RenderedDocument.TextOf(doc.Main.FooterParts.Single().Footer));
        Assert.Contains("Chú thích N", RenderedDocument.TextOf(doc.Main.FootnotesPart!.Footnotes));
        Assert.Contains("Cuối E", RenderedDocument.TextOf(doc.Main.EndnotesPart!.Endnotes));
    }
}

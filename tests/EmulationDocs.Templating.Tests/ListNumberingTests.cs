using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Templating.Tests.Support;
using EmulationDocs.Testing;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class ListNumberingTests
{
    private const string DecimalList =
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>" +
        "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    private static string Numbered(string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>{R(text)}</w:p>";

    [Fact]
    public void A_list_inside_each_item_restarts_for_every_item()
    {
        var template = Body(P("{{#each candidates}}") + P("Ứng viên {{name}}") + P("{{#each achievements}}") + Numbered("{{this}}") + P("{{/each}}") + P("{{/each}}"))
            .Numbering(DecimalList).Build();
        using var doc = Render.Run(template, """
            { "candidates": [ { "name": "An", "achievements": ["a1", "a2"] }, { "name": "Bình", "achievements": ["b1"] } ] }
            """);
        var items = doc.Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Text: RenderedDocument.TextOf(p), NumId: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)).ToList();
        Assert.Equal(["a1", "a2", "b1"], items.Select(i => i.Text));
        Assert.Equal(items[0].NumId, items[1].NumId);
        Assert.NotEqual(items[1].NumId, items[2].NumId);
        var instances = doc.Main.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().ToList();
        Assert.All(items, i => Assert.Contains(instances, n => n.NumberID!.Value == i.NumId && n.Elements<LevelOverride>().Any(o => o.StartOverrideNumberingValue?.Val?.Value == 1)));

        // LibreOffice numbers the second candidate's list from 1 again.
        var folder = Path.Combine(Path.GetTempPath(), "edocs-lists-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "lists.docx"), doc.Bytes);
        LibreOffice.ConvertToPdf([Path.Combine(folder, "lists.docx")], folder);
        var text = LibreOffice.WithoutWhiteSpace(LibreOffice.PdfText(Path.Combine(folder, "lists.pdf")));
        Assert.Contains("ỨngviênAn1.a12.a2ỨngviênBình1.b1", text);
    }

    [Fact]
    public void A_loop_made_only_of_list_paragraphs_keeps_one_running_list()
    {
        var template = Body(P("{{#each items}}") + Numbered("{{this}}") + P("{{/each}}")).Numbering(DecimalList).Build();
        using var doc = Render.Run(template, """{ "items": ["x", "y", "z"] }""");
        var ids = doc.Body.Descendants<NumberingId>().Select(n => n.Val!.Value).Distinct();
        Assert.Equal([1], ids);
    }
}

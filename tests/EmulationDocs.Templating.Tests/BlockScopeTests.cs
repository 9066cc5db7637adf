using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class BlockScopeTests
{
    [Fact]
    public void Inline_blocks_keep_to_their_paragraph()
    {
        var template = Body(
            P("Nơi nhận: ", "{{#each recipients}}", "- {{this}}", "{{#if @last}}.{{else}};{{/if}}", "{{/each}}") +
            P("{{#if urgent}}KHẨN{{else}}thường{{/if}} {{#unless secret}}công khai{{/unless}} {{#with signer}}{{name}}{{/with}}")).Build();
        using var doc = Render.Run(template, """{ "recipients": ["Như trên", "Lưu: VT"], "urgent": false, "secret": false, "signer": { "name": "Lê Văn Tuấn" } }""");
        Assert.Equal(["Nơi nhận: - Như trên;- Lưu: VT.", "thường công khai Lê Văn Tuấn"], doc.Paragraphs);
    }

    [Fact]
    public void Paragraph_blocks_repeat_the_paragraphs_between_tags_and_the_tag_paragraphs_vanish()
    {
        var template = Body(P("Kính gửi:") + P("{{#each addressees}}") + P("- {{name}};") + P("{{/each}}") +
                            P("{{#if note}}") + P("Ghi chú: {{note}}") + P("{{else}}") + P("Không có ghi chú.") + P("{{/if}}")).Build();
        using var doc = Render.Run(template, """{ "addressees": [ { "name": "Sở Nội vụ" }, { "name": "UBND các xã" } ], "note": null }""");
        Assert.Equal(["Kính gửi:", "- Sở Nội vụ;", "- UBND các xã;", "Không có ghi chú."], doc.Paragraphs);
    }

    [Fact]
    public void A_row_with_open_tag_in_first_cell_and_close_tag_in_last_cell_repeats()
    {
        var table = Table(
            Row(P("STT"), P("Họ và tên"), P("Đơn vị")),
            Row(P("{{#each people}}{{inc @index}}"), P("{{name}}"), P("{{unit}}{{/each}}")),
            Row(P("Tổng"), P(""), P("{{total}}")));
        using var doc = Render.Run(Body(table + P("")).Build(),
            """{ "people": [ { "name": "Nguyễn Văn An", "unit": "Trường THCS Trực Đại" }, { "name": "Trần Thị Bình", "unit": "Trạm Y tế" } ], "total": 2 }""");
        var rows = doc.Body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(RenderedDocument.TextOf).ToArray()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "Nguyễn Văn An", "Trường THCS Trực Đại"], rows[1]);
        Assert.Equal(["2", "Trần Thị Bình", "Trạm Y tế"], rows[2]);
        Assert.Equal("Tổng", rows[3][0]);
    }

    [Fact]
    public void A_paragraph_loop_holds_a_table_whose_row_loops_nested_in_a_cell_paragraph_loop()
    {
        var table = Table(
            Row(P("STT"), P("Họ và tên")),
            Row(P("{{#each members}}{{inc @index}}"), P("{{name}}") + P("{{#each notes}}") + P("+ {{this}}") + P("{{/each}}") + P("{{/each}}")));
        var template = Body(P("{{#each groups}}") + P("{{inc @index}}. {{title}}") + table + P("{{/each}}") + P("Hết.")).Build();
        using var doc = Render.Run(template, """
            { "groups": [
                { "title": "Lao động tiên tiến", "members": [ { "name": "An", "notes": ["a", "b"] }, { "name": "Bình", "notes": [] } ] },
                { "title": "Chiến sĩ thi đua cơ sở", "members": [ { "name": "Chi", "notes": ["c"] } ] } ] }
            """);
        var tables = doc.Body.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(3, tables[0].Elements<TableRow>().Count());
        Assert.Equal(2, tables[1].Elements<TableRow>().Count());
        // Row tags alone in a paragraph take it with them; a cell whose last loop rendered nothing keeps one empty paragraph.
        Assert.Equal(["1. Lao động tiên tiến", "STT", "Họ và tên", "1", "An", "+ a", "+ b", "2", "Bình", "", "2. Chiến sĩ thi đua cơ sở"],
            doc.Paragraphs.Take(11));
        Assert.Equal("Hết.", doc.Paragraphs[^1]);
    }

    [Fact]
    public void Blocks_inside_a_table_cell_repeat_paragraphs_of_that_cell_only()
    {
        var table = Table(Row(P("Danh sách"), P("{{#each names}}") + P("{{this}}") + P("{{/each}}")));
        using var doc = Render.Run(Body(table + P("")).Build(), """{ "names": ["A", "B", "C"] }""");
        var cell = doc.Body.Descendants<TableCell>().Last();
        Assert.Equal(["A", "B", "C"], cell.Elements<Paragraph>().Select(RenderedDocument.TextOf));
    }

    [Fact]
    public void An_empty_loop_as_the_last_content_of_a_cell_leaves_a_valid_cell()
    {
        var table = Table(Row(P("x"), P("{{#each names}}") + P("{{this}}") + P("{{/each}}")));
        using var doc = Render.Run(Body(table + P("")).Build(), """{ "names": [] }""");
        Assert.Single(doc.Body.Descendants<TableCell>().Last().Elements<Paragraph>());
    }

    [Fact]
    public void Bookmarks_inside_loops_are_dropped_so_they_stay_unique()
    {
        var body = P("{{#each items}}") + "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"x\"/><w:r><w:t>{{this}}</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>" + P("{{/each}}");
        using var doc = Render.Run(Body(body).Build(), """{ "items": ["a", "b"] }""");
        Assert.Empty(doc.Body.Descendants<BookmarkStart>());
        Assert.Equal(["a", "b"], doc.Paragraphs);
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class ValueTagTests
{
    [Fact]
    public void Values_replace_tags_and_escape_xml()
    {
        var template = Body(P("Số: ", "{{number}}/{{symbol}}") + P("{{agency.name}}")).Build();
        using var doc = Render.Run(template, """{ "number": "05", "symbol": "CT-UBND", "agency": { "name": "A & B <C>" } }""");
        Assert.Equal(["Số: 05/CT-UBND", "A & B <C>"], doc.Paragraphs);
    }

    [Fact]
    public void A_tag_split_across_runs_proofing_marks_and_bookmarks_works_and_takes_the_first_runs_formatting()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Kính gửi: </w:t></w:r>" +
                   "<w:r><w:rPr><w:b/></w:rPr><w:t>{{</w:t></w:r><w:proofErr w:type=\"spellStart\"/>" +
                   "<w:bookmarkStart w:id=\"7\" w:name=\"mark\"/><w:r w:rsidR=\"00AB12CD\"><w:rPr><w:i/></w:rPr><w:t>addr</w:t></w:r><w:bookmarkEnd w:id=\"7\"/>" +
                   "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t>essee}} cuối</w:t></w:r></w:p>";
        using var doc = Render.Run(Body(body).Build(), """{ "addressee": "Sở Nội vụ" }""");
        Assert.Equal("Kính gửi: Sở Nội vụ cuối", doc.Paragraphs[0]);
        var valueRun = doc.Body.Descendants<Run>().Single(r => r.InnerText == "Sở Nội vụ");
        Assert.NotNull(valueRun.RunProperties?.Bold);
        Assert.Null(valueRun.RunProperties?.Italic);
    }

    [Fact]
    public void Whitespace_control_strips_the_text_before_and_after_the_tag()
    {
        using var doc = Render.Run(Body(P("Số: {{~number~}} /CT")).Build(), """{ "number": "05" }""");
        Assert.Equal("Số:05/CT", doc.Paragraphs[0]);
    }

    [Fact]
    public void Curly_quotes_inside_tags_are_straightened()
    {
        using var doc = Render.Run(Body(P("{{lookup names \u201Cfirst\u201D}}")).Build(), """{ "names": { "first": "Lê" } }""");
        Assert.Equal("Lê", doc.Paragraphs[0]);
    }

    [Theory]
    [InlineData("{{vnDate d}}", "\"2022-01-05\"", "ngày 05 tháng 01 năm 2022")]
    [InlineData("{{vnDate d}}", "\"2019-06-29\"", "ngày 29 tháng 6 năm 2019")]
    [InlineData("{{vnDate d}}", "\"2021-02-03\"", "ngày 03 tháng 02 năm 2021")]
    [InlineData("{{vnDate d}}", "\"2021-12-31\"", "ngày 31 tháng 12 năm 2021")]
    [InlineData("{{upper d}}", "\"Ủy ban nhân dân huyện Trực Ninh\"", "ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH")]
    [InlineData("{{vnNumber d}}", "1356", "1.356")]
    [InlineData("{{vnNumber d}}", "1234567.5", "1.234.567,5")]
    [InlineData("{{vnNumber d}}", "46", "46")]
    [InlineData("{{pad2 d}}", "5", "05")]
    [InlineData("{{pad2 d}}", "112", "112")]
    [InlineData("{{inc d}}", "4", "5")]
    public void Vietnamese_helpers_format_values(string tag, string value, string expected)
    {
        using var doc = Render.Run(Body(P(tag)).Build(), $$"""{ "d": {{value}} }""");
        Assert.Equal(expected, doc.Paragraphs[0]);
    }

    [Fact]
    public void Line_breaks_and_tabs_in_values_become_word_breaks_and_tabs()
    {
        using var doc = Render.Run(Body(P("{{issuingBody}}")).Build(), """{ "issuingBody": "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH\tX" }""");
        Assert.Single(doc.Body.Descendants<Break>());
        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH\tX", doc.Paragraphs[0]);
    }

    [Fact]
    public void A_helper_rejects_an_unusable_value_with_a_clear_message()
    {
        var template = DocxTemplate.Compile(Body(P("{{vnDate d}}")).Build());
        var error = Assert.Throws<Rendering.RenderException>(() => template.Render(Data.TemplateData.FromJson("""{ "d": "hôm qua" }""")));
        Assert.Contains("vnDate", error.Message);
        Assert.Contains("yyyy-MM-dd", error.UserMessage);
    }
}

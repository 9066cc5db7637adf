using EmulationDocs.Templating.Problems;
using EmulationDocs.Templating.Tests.Support;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

/// <summary>
/// A tag typed over runs of different formatting prints its value in the formatting of the run
/// where it begins; lint tells the author which formatting wins.
/// </summary>
public sealed class TagFormattingLintTests
{
    private static string Run(string properties, string text) =>
        $"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    [Fact]
    public void A_value_tag_split_over_bold_and_plain_runs_warns_that_bold_wins()
    {
        var template = Body(P("V/v ") + "<w:p>" + Bold("{{sum") + R("mary}}") + "</w:p>").Build();

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(template)));

        Assert.Equal(ProblemCode.TagFormattingDiffers, problem.Code);
        Assert.True(problem.IsWarning);
        Assert.Equal(new TemplateLocation("word/document.xml", 2), problem.Location);
        Assert.Equal("{{summary}}", problem.Tag);
        Assert.Contains("đậm ở “{{sum”, chữ thường ở “mary}}”", problem.Message);
        Assert.Contains("theo định dạng của phần đầu “{{sum”: đậm", problem.Message);

        // The warning tells the truth: the value comes out bold.
        using var doc = Render.Run(template, """{ "summary": "Về việc thi đua" }""");
        var run = Assert.Single(doc.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>(), r => r.InnerText == "Về việc thi đua");
        Assert.NotNull(run.RunProperties?.Bold);
    }

    [Fact]
    public void The_formatting_of_each_piece_is_named()
    {
        var paragraph = "<w:p>" + Run("<w:i/><w:sz w:val=\"26\"/>", "{{vnDate") + Run("<w:i/><w:sz w:val=\"26\"/>", " da") +
            Run("<w:color w:val=\"FF0000\"/><w:u w:val=\"single\"/>", "te}}") + "</w:p>";

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(Body(paragraph).Build())));

        Assert.Contains("nghiêng, cỡ 13 pt ở “{{vnDate da”, màu FF0000, gạch chân ở “te}}”", problem.Message);
    }

    [Theory]
    [InlineData("<w:b/><w:lang w:val=\"vi-VN\"/>", "<w:b/><w:noProof/>")]
    [InlineData("<w:b/><w:bCs/>", "<w:b/>")]
    public void Differences_a_reader_cannot_see_are_not_reported(string first, string second)
    {
        var paragraph = "<w:p>" + Run(first, "{{na") + Run(second, "me}}") + "</w:p>";

        Assert.Empty(DocxTemplate.Lint(new MemoryStream(Body(paragraph).Build())));
    }

    [Fact]
    public void Block_and_comment_tags_print_nothing_so_their_formatting_does_not_matter()
    {
        var paragraph = "<w:p>" + Bold("{{#if") + R(" x}}y") + Bold("{{/i") + R("f}}") + Bold("{{! no") + R("te}}") + "</w:p>";

        Assert.Empty(DocxTemplate.Lint(new MemoryStream(Body(paragraph).Build())));
    }
}

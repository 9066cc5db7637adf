using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

/// <summary>
/// A block whose tags sit in the first and the last cell of a row takes the whole row. That is the
/// convention for a repeated data row; in a layout table (the closing "Nơi nhận" / signature table)
/// it repeats or drops the signature with the block, so lint warns.
/// </summary>
public sealed class TableBlockLintTests
{
    [Fact]
    public void A_block_from_the_recipients_cell_to_the_signature_cell_of_the_closing_table_is_a_warning()
    {
        var closing = Table(Row(
            P("Nơi nhận:") + P("{{#if copies}}- {{copies}};"),
            P("{{signature.title}}") + P("{{/if}}") + P("{{signature.name}}")));
        var template = Body(P("{{body}}") + closing).Build();

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(template)));

        Assert.Equal(ProblemCode.BlockTakesWholeRow, problem.Code);
        Assert.True(problem.IsWarning);
        Assert.Equal(new TemplateLocation("word/document.xml", 3, 1, 1, 1), problem.Location);
        Assert.Equal("{{#if copies}}", problem.Tag);
        Assert.Contains("không bao trọn hàng", problem.Message);
        Assert.StartsWith("[BlockTakesWholeRow] Cảnh báo — Thân văn bản, đoạn 3, bảng 1, hàng 1, ô 1: ", problem.ToString());
        // A warning does not make the template unusable.
        Assert.NotNull(DocxTemplate.Compile(template));
    }

    [Fact]
    public void Text_after_the_close_tag_in_the_last_cell_is_a_warning_too()
    {
        var table = Table(Row(P("{{#each recipients}}- {{this}}"), P("{{/each}}") + P("TM. ỦY BAN NHÂN DÂN")));

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(Body(table).Build())));

        Assert.Equal(ProblemCode.BlockTakesWholeRow, problem.Code);
    }

    [Fact]
    public void A_block_framing_whole_rows_stays_accepted()
    {
        var table = Table(
            Row(P("STT"), P("Họ và tên")),
            Row(P("{{#each people}}{{inc @index}}"), P("{{name}}{{/each}}")),
            Row(P("{{#if total}}") + P("Tổng"), P("{{total}}") + P("{{/if}}")),
            Row(P(" {{#each a}}{{#each b}}x"), P("{{/each}}{{/each}} ") + P("")));

        Assert.Empty(DocxTemplate.Lint(new MemoryStream(Body(table).Build())));
    }
}

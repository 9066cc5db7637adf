using EmulationDocs.Templating.Problems;
using EmulationDocs.Testing;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class LintTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_with_its_location_and_tag()
    {
        var table = Table(Row(P("{{#each rows}}"), P("x")), Row(P("{{/each}}"), P("y")));
        var template = Body(
            P("{{#each items}}") +                           // 1: never closed
            P("{{/if}}") +                                   // 2: stray close
            P("{{frobnicate name}}") +                       // 3: unknown helper
            P("{{vnDate (", ")}}") +                         // 4: unparsable, split over runs
            P("{{name") +                                    // 5: unclosed tag
            table)                                           // 6-9: a row loop closed in a first cell
            .Header(P("{{#whatever x}}{{/whatever}}"))
            .Build();

        var problems = DocxTemplate.Lint(new MemoryStream(template));

        Assert.Contains(problems, p => p.Code == ProblemCode.UnclosedBlock && p.Location == new TemplateLocation("word/document.xml", 1) && p.Tag == "{{#each items}}");
        Assert.Contains(problems, p => p.Code == ProblemCode.StrayBlockClose && p.Location.Paragraph == 2 && p.Tag == "{{/if}}");
        Assert.Contains(problems, p => p.Code == ProblemCode.UnknownHelper && p.Location.Paragraph == 3 && p.Tag == "{{frobnicate name}}");
        Assert.Contains(problems, p => p.Code == ProblemCode.UnparsableExpression && p.Location.Paragraph == 4 && p.Tag == "{{vnDate ()}}");
        Assert.Contains(problems, p => p.Code == ProblemCode.UnclosedTag && p.Location.Paragraph == 5);
        Assert.Contains(problems, p => p.Code == ProblemCode.BlockCrossesBoundary && p.Location == new TemplateLocation("word/document.xml", 6, 1, 1, 1));
        Assert.Contains(problems, p => p.Code == ProblemCode.UnknownBlockHelper && p.Location.Part == "word/header1.xml");
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));

        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(template));
        Assert.Equal(problems.Count, error.Problems.Count);
    }

    [Theory]
    [InlineData("{{vnDate}}", ProblemCode.WrongArgumentCount)]
    [InlineData("{{upper a b}}", ProblemCode.WrongArgumentCount)]
    [InlineData("{{{raw}}}", ProblemCode.UnsupportedTag)]
    [InlineData("{{> partial}}", ProblemCode.UnsupportedTag)]
    [InlineData("{{#each items}}a{{/if}}", ProblemCode.StrayBlockClose)]
    [InlineData("{{else}}", ProblemCode.StrayElse)]
    [InlineData("{{inc (nope 1)}}", ProblemCode.UnknownHelper)]
    [InlineData("{{name \"unclosed}}", ProblemCode.UnparsableExpression)]
    [InlineData("a {{markdown body}}", ProblemCode.MarkdownNotAlone)]
    public void Each_kind_of_mistake_is_named(string paragraph, ProblemCode expected)
    {
        var problems = DocxTemplate.Lint(new MemoryStream(Body(P(paragraph)).Build()));
        Assert.Contains(problems, p => p.Code == expected);
    }

    [Fact]
    public void A_block_whose_tags_are_neither_inline_nor_alone_is_ambiguous()
    {
        var problems = DocxTemplate.Lint(new MemoryStream(Body(P("a {{#if x}}") + P("b {{/if}}")).Build()));
        Assert.Equal(ProblemCode.BlockScopeAmbiguous, Assert.Single(problems).Code);
    }

    [Fact]
    public void The_official_templates_lint_without_errors_or_warnings()
    {
        var templates = Directory.GetFiles(RepositoryPaths.Templates, "*.docx");
        Assert.NotEmpty(templates);
        Assert.All(templates, path =>
        {
            using var stream = File.OpenRead(path);
            var problems = DocxTemplate.Lint(stream);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(path)}: " + string.Join("; ", problems));
        });
    }

    [Fact]
    public void A_clean_template_lints_clean()
    {
        var problems = DocxTemplate.Lint(new MemoryStream(Body(P("{{#each a}}") + P("{{vnDate d}} {{#if x}}y{{/if}}") + P("{{/each}}")).Build()));
        Assert.Empty(problems);
    }
}

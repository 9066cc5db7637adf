using EmulationDocs.Templating.Problems;
using EmulationDocs.Testing;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

/// <summary>Hostile packages are refused by the package inspection, before any recursive walk or copy into an output.</summary>
public sealed class PackageSafetyTests
{
    private static readonly byte[] Template = Body(P("{{name}}")).Build();

    [Theory]
    // 100,000 levels overflowed the stack and ended the test process; 10,000 cost seconds of CPU.
    [InlineData(100_000)]
    [InlineData(10_000)]
    public void A_part_nested_deeper_than_any_editor_writes_is_refused(int depth)
    {
        var nested = HostilePackage.Nested(Template, "word/document.xml", depth);
        Assert.True(nested.Length < 64 * 1024, "the hostile file is small");

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(nested)));

        Assert.Equal(ProblemCode.UnsafePackage, problem.Code);
        Assert.Equal("word/document.xml", problem.Location.Part);
    }

    [Fact]
    public void Nesting_within_the_bound_still_compiles()
    {
        var nested = HostilePackage.Nested(Template, "word/document.xml", 100);

        Assert.Empty(DocxTemplate.Lint(new MemoryStream(nested)));
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("word/../../evil.xml")]
    [InlineData("/etc/evil.xml")]
    [InlineData("C:/evil.xml")]
    [InlineData("word\\evil.xml")]
    public void An_entry_whose_name_leaves_the_package_is_refused(string name)
    {
        var hostile = HostilePackage.WithEntry(Template, name, "<x/>");

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(hostile)));

        Assert.Equal(ProblemCode.UnsafePackage, problem.Code);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("WORD/Document.xml")]
    public void A_duplicate_part_is_refused(string name)
    {
        var hostile = HostilePackage.WithEntry(Template, name, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(hostile)));

        Assert.Equal(ProblemCode.UnsafePackage, problem.Code);
        Assert.Contains(name, problem.Message);
    }

    [Theory]
    [InlineData("image")]
    [InlineData("attachedTemplate")]
    [InlineData("oleObject")]
    [InlineData("frame")]
    [InlineData("subDocument")]
    public void An_external_relationship_that_would_be_fetched_is_refused(string type)
    {
        var hostile = HostilePackage.WithExternalRelationship(Template, "word/_rels/document.xml.rels", type, "http://127.0.0.1:9/leak");

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(hostile)));

        Assert.Equal(ProblemCode.UnsafePackage, problem.Code);
        Assert.Contains(type, problem.Message);
    }

    [Fact]
    public void An_external_hyperlink_is_accepted_since_nothing_fetches_it()
    {
        var linked = HostilePackage.WithExternalRelationship(Template, "word/_rels/document.xml.rels", "hyperlink", "https://example.org/");

        Assert.Empty(DocxTemplate.Lint(new MemoryStream(linked)));
    }

    [Fact]
    public void A_field_that_includes_a_remote_picture_is_refused()
    {
        var field = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> INCLUDEPICTURE \"http://127.0.0.1:9/leak.png\" \\d </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var hostile = Body(P("x") + field).Build();

        var problem = Assert.Single(DocxTemplate.Lint(new MemoryStream(hostile)));

        Assert.Equal(ProblemCode.UnsafePackage, problem.Code);
        Assert.Contains("INCLUDEPICTURE", problem.Message);
    }
}

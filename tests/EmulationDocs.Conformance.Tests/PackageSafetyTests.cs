using EmulationDocs.Conformance.Tests.Fixtures;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Testing;

namespace EmulationDocs.Conformance.Tests;

/// <summary>The checker inspects the package before the Open XML SDK loads a part recursively.</summary>
public sealed class PackageSafetyTests
{
    [Theory]
    // 100,000 levels overflowed the stack inside the SDK and ended the test process.
    [InlineData(100_000)]
    [InlineData(10_000)]
    public void A_document_nested_deeper_than_any_editor_writes_is_refused(int depth)
    {
        var nested = HostilePackage.Nested(Document(), "word/document.xml", depth);

        var error = Assert.Throws<PackageRejectedException>(() => Decree30Checker.Check(new MemoryStream(nested)));

        Assert.Equal(PackageRefusal.Unsafe, error.Refusal);
        Assert.Equal("word/document.xml", error.Part);
    }

    [Fact]
    public void A_document_with_an_external_image_is_refused()
    {
        var hostile = HostilePackage.WithExternalRelationship(Document(), "word/_rels/document.xml.rels", "image", "http://127.0.0.1:9/leak.png");

        var error = Assert.Throws<PackageRejectedException>(() => Decree30Checker.Check(new MemoryStream(hostile)));

        Assert.Equal(PackageRefusal.Unsafe, error.Refusal);
    }

    private static byte[] Document()
    {
        using var docx = ConformantDocument.Create();
        var copy = new MemoryStream();
        docx.CopyTo(copy);
        return copy.ToArray();
    }
}

using System.IO.Compression;
using EmulationDocs.Templating.Data;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

/// <summary>Every stored version and e-mail attachment pays for the size of a rendered file.</summary>
public sealed class CompressionTests
{
    private static readonly byte[] Template = Body(P("{{#each rows}}") + P("{{inc @index}}. {{name}}, {{unit}}") + P("{{/each}}")).Build();

    private static readonly string Data = "{ \"rows\": [" + string.Join(",", Enumerable.Range(1, 2_000)
        .Select(i => $$"""{ "name": "Nguyễn Văn {{i}}", "unit": "Phòng {{i % 17}}" }""")) + "] }";

    [Fact]
    public void Rendered_parts_are_deflated_at_the_optimal_level()
    {
        var rendered = DocxTemplate.Compile(Template).Render(TemplateData.FromJson(Data));

        using var zip = new ZipArchive(new MemoryStream(rendered), ZipArchiveMode.Read);
        var body = zip.GetEntry("word/document.xml")!;
        var content = Read(body);
        Assert.True(body.CompressedLength * 4 < body.Length, $"document.xml is {body.CompressedLength} bytes of {body.Length}: not deflated.");
        Assert.True(
            body.CompressedLength < DeflatedLength(content, CompressionLevel.Fastest),
            $"document.xml is {body.CompressedLength} bytes, no smaller than at the fastest level.");
    }

    [Fact]
    public void Rendering_the_same_data_twice_gives_the_same_bytes()
    {
        var template = DocxTemplate.Compile(Template);

        var first = template.Render(TemplateData.FromJson(Data));
        var second = template.Render(TemplateData.FromJson(Data));

        Assert.Equal(first, second);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static long DeflatedLength(byte[] content, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return output.Length;
    }
}

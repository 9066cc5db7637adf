using System.IO.Compression;
using System.Text;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Templating.Problems;
using static EmulationDocs.Templating.Tests.Support.DocxFactory;

namespace EmulationDocs.Templating.Tests;

public sealed class PackageInputTests
{
    [Fact]
    public void A_file_that_is_not_a_docx_is_refused()
    {
        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(Encoding.UTF8.GetBytes("{ \"not\": \"a docx\" }")));
        Assert.Equal(ProblemCode.NotADocx, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_refused()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open())) writer.Write("hi");
        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(output.ToArray()));
        Assert.Equal(ProblemCode.NotADocx, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void A_zip_bomb_is_stopped_by_the_decompressed_size_bound()
    {
        var template = Body(P("x")).Build();
        var output = new MemoryStream();
        output.Write(template);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/media/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) stream.Write(zeros);
        }
        Assert.True(output.Length < 1 << 20, "the bomb is small when compressed");
        var limits = new PackageLimits { MaxTotalUncompressedBytes = 16L * 1024 * 1024 };
        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(output.ToArray(), new TemplateOptions { Limits = limits }));
        Assert.Equal(ProblemCode.PackageTooLarge, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void A_macro_enabled_document_is_refused()
    {
        var docm = Rewrite(Body(P("x")).Build(), "[Content_Types].xml", xml => xml.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml"));
        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(docm));
        Assert.Equal(ProblemCode.MacroEnabled, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void A_template_with_tracked_changes_is_refused_with_its_location()
    {
        var body = P("a") + "<w:p><w:ins w:id=\"1\" w:author=\"Chuyên viên\" w:date=\"2022-01-05T00:00:00Z\"><w:r><w:t>{{name}}</w:t></w:r></w:ins></w:p>";
        var problems = DocxTemplate.Lint(new MemoryStream(Body(body).Build()));
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCode.TrackedChanges, problem.Code);
        Assert.Equal(2, problem.Location.Paragraph);
    }

    [Fact]
    public void Malformed_xml_inside_the_package_is_reported()
    {
        var broken = Rewrite(Body(P("x")).Build(), "word/document.xml", xml => xml.Replace("</w:body>", ""));
        var error = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(broken));
        Assert.Equal(ProblemCode.MalformedXml, Assert.Single(error.Problems).Code);
    }

    internal static byte[] Rewrite(byte[] docx, string entryName, Func<string, string> change)
    {
        var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(entryName)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(change(xml));
        }
        return output.ToArray();
    }
}

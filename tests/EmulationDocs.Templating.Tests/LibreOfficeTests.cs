using EmulationDocs.Templating.Tests.Support;
using EmulationDocs.Testing;

namespace EmulationDocs.Templating.Tests;

[CollectionDefinition(LastCollectionOrderer.Name)]
public sealed class RunsLastCollection;

[Collection(LastCollectionOrderer.Name)]
public sealed class LibreOfficeTests
{
    [Fact]
    public void Every_rendered_test_document_converts_to_pdf_with_its_text()
    {
        var documents = RenderedCorpus.All;
        Assert.NotEmpty(documents);
        var folder = Path.Combine(Path.GetTempPath(), "edocs-rendered-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, bytes) in documents)
        {
            var path = Path.Combine(folder, name + ".docx");
            File.WriteAllBytes(path, bytes);
            files.Add(path);
        }

        var pdfs = LibreOffice.ConvertToPdf(files, Path.Combine(folder, "pdf"));

        var failures = new List<string>();
        foreach (var (name, bytes) in documents)
        {
            var pdf = Path.Combine(pdfs, name + ".pdf");
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0) { failures.Add($"{name}: no PDF"); continue; }
            using var rendered = new RenderedDocument(bytes);
            // PDF text extraction drops spaces at formatting changes, so compare without white space.
            var expected = rendered.Paragraphs.Select(LibreOffice.WithoutWhiteSpace).FirstOrDefault(p => p.Length > 0);
            if (expected is not null && !LibreOffice.WithoutWhiteSpace(LibreOffice.PdfText(pdf)).Contains(expected, StringComparison.Ordinal))
                failures.Add($"{name}: PDF lacks \"{expected}\"");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

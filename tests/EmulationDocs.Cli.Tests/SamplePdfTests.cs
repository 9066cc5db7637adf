using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;

namespace EmulationDocs.Cli.Tests;

/// <summary>LibreOffice, a real word processor, opens every rendered sample and prints its content.</summary>
[Collection(RenderedSamplesCollection.Name)]
public sealed class SamplePdfTests(RenderedSamples rendered)
{
    [Fact]
    public void Every_rendered_sample_converts_to_pdf_showing_signer_and_summary()
    {
        var documents = Samples.Names.Select(rendered.DocxOf).ToList();
        Assert.All(documents, docx => Assert.True(File.Exists(docx), $"{docx} was not rendered."));

        // One LibreOffice run for all files: starting it costs seconds.
        var pdfFolder = LibreOffice.ConvertToPdf(documents, Path.Combine(rendered.Folder, "pdf"));

        var failures = new List<string>();
        foreach (var sample in Samples.Names)
        {
            var pdf = Path.Combine(pdfFolder, sample + ".pdf");
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0) { failures.Add($"{sample}: no PDF"); continue; }
            // pdftotext drops or adds spaces at line ends and formatting changes, so compare without white space.
            var text = Comparable(LibreOffice.PdfText(pdf));
            var data = Samples.DataOf(sample);
            foreach (var expected in new[] { (string)data["signature"]!["name"]!, (string)data["summary"]! })
                if (!text.Contains(Comparable(expected), StringComparison.Ordinal)) failures.Add($"{sample}: PDF lacks \"{expected}\"");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Comparable(string text) => LibreOffice.WithoutWhiteSpace(text.Normalize(System.Text.NormalizationForm.FormC));
}

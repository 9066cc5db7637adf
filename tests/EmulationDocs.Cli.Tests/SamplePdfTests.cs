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

    [Fact]
    public void Every_rendered_sample_prints_in_one_serif_family_with_its_vietnamese_letters()
    {
        var documents = Samples.Names.Select(rendered.DocxOf).ToList();
        var pdfFolder = LibreOffice.ConvertToPdf(documents, Path.Combine(rendered.Folder, "pdf-fonts"));

        // A Times metric font without Vietnamese letters makes LibreOffice draw ơ, ư, ạ… in a fallback family.
        var families = Samples.Names
            .SelectMany(sample => LibreOffice.PdfFonts(Path.Combine(pdfFolder, sample + ".pdf")).Select(font => (sample, family: font.Split('-')[0])))
            .Distinct().ToList();
        Assert.True(families.All(f => f.family == "LiberationSerif"),
            "Fonts other than Liberation Serif: " + string.Join(", ", families.Where(f => f.family != "LiberationSerif").Select(f => $"{f.sample}: {f.family}")));
    }

    private static string Comparable(string text) => LibreOffice.WithoutWhiteSpace(text.Normalize(System.Text.NormalizationForm.FormC));
}

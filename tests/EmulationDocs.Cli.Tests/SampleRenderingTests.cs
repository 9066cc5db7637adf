using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;

namespace EmulationDocs.Cli.Tests;

/// <summary>Every sample renders through the CLI into a valid .docx that the Decree 30 checker accepts.</summary>
[Collection(RenderedSamplesCollection.Name)]
public sealed class SampleRenderingTests(RenderedSamples rendered)
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Render_sample_writes_the_docx(string sample)
    {
        var result = rendered.RenderResult(sample);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(rendered.DocxOf(sample)), $"{rendered.DocxOf(sample)} was not written.");
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Rendered_sample_has_no_open_xml_validation_errors(string sample)
    {
        var errors = WordFile.ValidationErrors(rendered.DocxOf(sample));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void Rendered_sample_passes_check(string sample)
    {
        var result = CliRun.Invoke("check", rendered.DocxOf(sample));

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}

using EmulationDocs.Conformance.Tests.Fixtures;
using Xunit.Abstractions;

namespace EmulationDocs.Conformance.Tests;

/// <summary>Runs the checker over the government's own sample layouts (Appendix III as Word). The
/// file is a collection of samples, not one document, so nothing is asserted beyond "it is read";
/// the report is written to the test output for reviewing false positives.</summary>
public sealed class OfficialSamplesTests(ITestOutputHelper output)
{
    private const string SamplesPath = "/work/shared/reference/decree-30/phu-luc-III-samples.docx";

    [Fact]
    public void Appendix_III_samples_are_read_and_reported()
    {
        if (!File.Exists(SamplesPath))
        {
            output.WriteLine($"{SamplesPath} is not available here; nothing to report.");
            return;
        }

        using var samples = File.OpenRead(SamplesPath);
        var report = Decree30Checker.Check(samples);

        output.WriteLine(ReportAssert.Describe(report));
    }
}

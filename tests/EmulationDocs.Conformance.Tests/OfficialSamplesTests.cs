using EmulationDocs.Conformance.Tests.Fixtures;
using EmulationDocs.Testing;
using Xunit.Abstractions;

namespace EmulationDocs.Conformance.Tests;

/// <summary>Runs the checker over the government's own sample layouts (Appendix III as Word). The
/// file is a collection of samples, not one document, so only its page layout is asserted (the government's
/// own A4 page and margins pass); the full report is written to the test output for reviewing false positives.</summary>
public sealed class OfficialSamplesTests(ITestOutputHelper output)
{
    [Fact]
    public void Appendix_III_samples_are_read_and_reported()
    {
        using var samples = File.OpenRead(Path.Combine(RepositoryPaths.Shared, "reference", "decree-30", "phu-luc-III-samples.docx"));
        var report = Decree30Checker.Check(samples);

        output.WriteLine(ReportAssert.Describe(report));
        Assert.DoesNotContain(report.Issues, issue => issue.RuleId is "page.size" or "page.margins");
        Assert.Contains(report.Issues, issue => issue.RuleId == "header.number.pattern");
    }
}

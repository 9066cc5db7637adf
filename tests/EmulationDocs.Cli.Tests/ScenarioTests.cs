using System.IO.Compression;
using System.Text.RegularExpressions;
using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;
using Xunit.Abstractions;

namespace EmulationDocs.Cli.Tests;

/// <summary>
/// Every dry-run scenario in samples/scenarios plays through the real engine: each one but not-allowed.json completes,
/// issues at least one document, and every issued document passes the Decree 30 checker; not-allowed.json stops with
/// the engine's Vietnamese reason.
/// </summary>
public sealed class ScenarioTests(ITestOutputHelper log) : IDisposable
{
    private const string NotAllowed = "not-allowed";
    private static readonly string ScenarioDirectory = Path.Combine(RepositoryPaths.Samples, "scenarios");
    private readonly TempFolder _folder = new("scenario");

    public static TheoryData<string> Completing => new(
        Directory.EnumerateFiles(ScenarioDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(n => n != NotAllowed).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Completing))]
    public void Scenario_completes_and_every_issued_document_passes_the_checker(string name)
    {
        var issued = Run(name, expectedExit: 0);

        Assert.NotEmpty(issued);
        foreach (var document in issued)
        {
            var check = CliRun.Invoke("check", document);
            Assert.True(check.ExitCode == 0, $"{Path.GetFileName(document)}: {check}");
        }
    }

    [Fact]
    public void Not_allowed_exits_1_with_the_reason()
    {
        var result = CliRun.Invoke("workflow", "run", Path.Combine(ScenarioDirectory, NotAllowed + ".json"), "--out", _folder.Path);
        log.WriteLine(result.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("KHÔNG ĐƯỢC PHÉP: Bạn không được giao công việc này.", result.Stdout);
    }

    [Fact]
    public void Award_proposal_climbs_every_level_and_each_level_decides_the_titles_it_may_grant()
    {
        var issued = Run("award-proposal", expectedExit: 0).Select(Path.GetFileName).ToList();

        Assert.Equal(
            ["thcs-truc-dai-minutes", "thcs-truc-dai-submission", "truc-dai-minutes", "truc-dai-submission", "truc-ninh-minutes",
             "truc-ninh-submission", "truc-ninh-decision", "nam-dinh-minutes", "nam-dinh-decision"],
            issued.Select(f => Regex.Match(f!, @"^\d+-(.+)-v\d+-issued\.docx$").Groups[1].Value));
        var district = Text(_folder.File(issued.Single(f => f!.Contains("truc-ninh-submission"))!));
        Assert.Contains("HUYỆN TRỰC NINH", district);
        Assert.DoesNotContain("TRƯỜNG THCS TRỰC ĐẠI", district);
        // The district grants its own titles (CSTĐCS, Tập thể LĐTT); only the Bằng khen goes on to the province.
        var districtDecision = Text(_folder.File(issued.Single(f => f!.Contains("truc-ninh-decision"))!));
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH", districtDecision);
        Assert.Contains("Trần Thị Thúy", districtDecision);
        Assert.DoesNotContain("Phạm Thị Lệ", districtDecision);
        var decision = Text(_folder.File(issued.Single(f => f!.Contains("nam-dinh-decision"))!));
        Assert.Contains("Số: 01/QĐ-UBND", decision);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", decision);
        Assert.Contains("Phạm Thị Lệ", decision);
        Assert.DoesNotContain("Trần Thị Thúy", decision);
    }

    [Fact]
    public void A_candidate_below_the_threshold_is_in_the_minutes_but_not_in_the_decision()
    {
        var issued = Run("award-below-threshold", expectedExit: 0);

        var minutes = Text(issued.Single(f => f.Contains("truc-ninh-minutes")));
        Assert.Contains("Vũ Thị Bích Ngọc", minutes);
        Assert.Contains("72,7", minutes);
        Assert.Contains("Không đạt", minutes);
        var decision = Text(issued.Single(f => f.Contains("truc-ninh-decision")));
        Assert.DoesNotContain("Vũ Thị Bích Ngọc", decision);
        Assert.Contains("Trần Thị Thúy", decision);
        Assert.Contains("Nguyễn Văn Hiếu", decision);
    }

    [Fact]
    public void A_returned_submission_is_revised_reissued_by_the_school_and_decided_by_the_commune()
    {
        var issued = Run("award-return", expectedExit: 0);

        var school = issued.Where(f => f.Contains("thcs-truc-dai-submission")).ToList();
        Assert.Equal(2, school.Count);
        Assert.Contains("Số: 02/TTr-THCSTĐ", Text(school[1]));
        Assert.Contains("TRƯỜNG THCS TRỰC ĐẠI", Text(school[1]));
        var decision = Text(issued.Single(f => f.Contains("truc-dai-decision")));
        Assert.Contains("Lê Thị Hồng", decision);
        Assert.Contains("Tổ trưởng Tổ Khoa học Xã hội", decision);
    }

    private List<string> Run(string name, int expectedExit)
    {
        var result = CliRun.Invoke("workflow", "run", Path.Combine(ScenarioDirectory, name + ".json"), "--out", _folder.Path);
        log.WriteLine(result.ToString());
        Assert.True(result.ExitCode == expectedExit, result.ToString());
        return Directory.EnumerateFiles(_folder.Path, "*-issued.docx").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The document body's text, one line per paragraph.</summary>
    private static string Text(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd().Replace("</w:p>", "\n", StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(Regex.Replace(xml, "<[^>]+>", ""));
    }

    public void Dispose() => _folder.Dispose();
}

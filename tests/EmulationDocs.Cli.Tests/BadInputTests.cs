using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;
using Xunit.Abstractions;

namespace EmulationDocs.Cli.Tests;

/// <summary>
/// Bad input is refused with the documented exit code and one line per problem, and a failed
/// command leaves no output file behind.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper log) : IDisposable
{
    private const long OneGigabyte = 1L << 30;
    private static readonly string DirectiveTemplate = Path.Combine(RepositoryPaths.Templates, "directive.docx");
    private readonly TempFolder _folder = new("bad-input");

    private string Output => _folder.File(Path.Combine("out", "result.docx"));

    [Fact]
    public void Malformed_json_data_is_bad_input()
    {
        var data = WriteText("data.json", "{ \"summary\": \"Về việc\", ");

        var result = CliRun.Invoke("render", DirectiveTemplate, data, "-o", Output);

        AssertFailedWithoutOutput(result, exitCode: 2);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("[DataError] ", StringComparison.Ordinal));
    }

    [Fact]
    public void Data_violating_the_contract_lists_each_violation()
    {
        var data = Samples.DataOf("seed-002");
        data.Remove("place");
        data["signature"]!.AsObject().Remove("name");

        var result = CliRun.Invoke("render", DirectiveTemplate, WriteJson("data.json", data), "-o", Output);

        AssertFailedWithoutOutput(result, exitCode: 1);
        Assert.Collection(result.ErrorLines,
            line => Assert.StartsWith("[ContractViolation] place:", line),
            line => Assert.StartsWith("[ContractViolation] signature.name:", line));
    }

    [Fact]
    public void Text_file_as_template_is_not_a_docx()
    {
        var template = WriteText("template.docx", "Đây là một tệp văn bản, không phải mẫu Word.");
        var data = WriteJson("data.json", Samples.DataOf("seed-002"));

        var result = CliRun.Invoke("render", template, data, "-o", Output);

        AssertFailedWithoutOutput(result, exitCode: 2);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("[NotADocx] ", StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_bomb_is_rejected_by_the_size_bound_without_inflating_it()
    {
        var bomb = _folder.File("bomb.docx");
        ZipBomb.Create(DirectiveTemplate, bomb, OneGigabyte);
        using (var zip = ZipFile.OpenRead(bomb))
            Assert.Equal(OneGigabyte, zip.GetEntry(ZipBomb.EntryName)!.Length);
        Assert.True(new FileInfo(bomb).Length < 20L * 1024 * 1024, "The bomb should be small on disk.");
        var data = WriteJson("data.json", Samples.DataOf("seed-002"));

        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = CliRun.Invoke("render", bomb, data, "-o", Output);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        log.WriteLine($"Bomb of {new FileInfo(bomb).Length / 1024} KB rejected in {clock.ElapsedMilliseconds} ms, {allocated / (1024 * 1024)} MB allocated.");

        AssertFailedWithoutOutput(result, exitCode: 2);
        Assert.Contains(result.ErrorLines, line => line.StartsWith("[PackageTooLarge] ", StringComparison.Ordinal));
        // Inflating the whole entry would allocate at least the gigabyte; the bound stops far earlier.
        // Sizes are measured by inflating into a small reused buffer: nothing near the entry bound is kept.
        Assert.True(allocated < OneGigabyte / 8, $"Rendering the bomb allocated {allocated / (1024 * 1024)} MB.");
    }

    [Fact]
    public void Lint_refuses_a_template_with_tracked_changes()
    {
        var template = DocxEdit.Copy(DirectiveTemplate, _folder.File("tracked.docx"), document =>
            document.ParagraphStyled("TypeName").AppendChild(new InsertedRun(new Run(new Text(" MỚI")))
            {
                Id = "1", Author = "Văn thư", Date = new DateTime(2024, 12, 20, 8, 0, 0, DateTimeKind.Utc),
            }));

        var result = CliRun.Invoke("lint", template);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, line => line.StartsWith("[TrackedChanges] ", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_prints_a_warning_without_failing()
    {
        var template = DocxEdit.Copy(DirectiveTemplate, _folder.File("split-summary.docx"), document =>
        {
            var summary = document.ParagraphStyled("Summary");
            summary.SetText("{{sum");
            summary.AppendChild(new Run(new Text("mary}}")));
            summary.Elements<Run>().First().Properties().AppendChild(new Bold());
        });

        var result = CliRun.Invoke("lint", template);

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("[TagFormattingDiffers] Cảnh báo — Thân văn bản, đoạn ", warning);
        Assert.EndsWith("đậm. Hãy chọn cả thẻ và định dạng một lần. — {{summary}}", warning);
        Assert.Contains("split-summary.docx: không có lỗi, 1 cảnh báo.", result.Stdout);
    }

    [Fact]
    public void Missing_values_are_listed_by_path_without_a_contract()
    {
        var (template, data) = TemplateWithoutContractAndIncompleteData();

        var result = CliRun.Invoke("render", template, data, "-o", Output);

        AssertFailedWithoutOutput(result, exitCode: 1);
        // Without a contract nothing supplies the absent optional fields as null; the template only tests their
        // presence ({{#if governingBody}}), which is no use of them. Each line names the tag and where it stands.
        Assert.Collection(result.ErrorLines,
            line => Assert.Matches(@"^\[MissingValue\] Thiếu dữ liệu: summary \(Thân văn bản, đoạn \d+, thẻ \{\{summary\}\}\)$", line),
            line => Assert.Matches(@"^\[MissingValue\] Thiếu dữ liệu: signature\.name \(Thân văn bản, đoạn \d+, bảng \d+, hàng 1, ô 2, thẻ \{\{signature\.name\}\}\)$", line));
    }

    [Fact]
    public void Allow_missing_renders_missing_values_empty()
    {
        var (template, data) = TemplateWithoutContractAndIncompleteData();

        var result = CliRun.Invoke("render", template, data, "-o", Output, "--allow-missing");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Output));
    }

    [Fact]
    public void Output_directory_is_created_when_missing()
    {
        var output = _folder.File(Path.Combine("not", "yet", "there", "seed-002.docx"));

        var result = CliRun.Invoke("render", "--sample", Samples.PathOf("seed-002"), "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(output));
    }

    /// <summary>A copy of the directive template without its contract beside it (so nothing
    /// validates the data first) and the seed-002 data lacking <c>summary</c> and <c>signature.name</c>.</summary>
    private (string Template, string Data) TemplateWithoutContractAndIncompleteData()
    {
        var template = _folder.File("directive-without-contract.docx");
        File.Copy(DirectiveTemplate, template);
        var data = Samples.DataOf("seed-002");
        data.Remove("summary");
        data["signature"]!.AsObject().Remove("name");
        return (template, WriteJson("data.json", data));
    }

    private void AssertFailedWithoutOutput(CliResult result, int exitCode)
    {
        Assert.True(result.ExitCode == exitCode, $"expected exit {exitCode}; {result}");
        Assert.NotEmpty(result.ErrorLines);
        var outputFolder = Path.GetDirectoryName(Output)!;
        Assert.False(Directory.Exists(outputFolder) && Directory.EnumerateFileSystemEntries(outputFolder).Any(),
            $"A failed command left files behind: {string.Join(", ", _folder.Files)}");
    }

    private string WriteText(string name, string content)
    {
        File.WriteAllText(_folder.File(name), content);
        return _folder.File(name);
    }

    private string WriteJson(string name, JsonNode data) => WriteText(name, data.ToJsonString());

    public void Dispose() => _folder.Dispose();
}

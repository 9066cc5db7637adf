using EmulationDocs.Conformance;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Templating.Data;
using EmulationDocs.Templating.Rendering;
using EmulationDocs.Templating.Packaging;
using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>What the checks found: errors refuse the upload, warnings are only shown.</summary>
public sealed record TemplateCheckResult(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Accepted => Errors.Count == 0;
}

/// <summary>
/// Checks an uploaded template before it is stored: the template engine's lint (which also refuses non-.docx files,
/// macro-enabled packages and zip bombs through <see cref="PackageLimits"/>), then the Decree 30 checker. Decree 30
/// findings are warnings only: a template still holds tags where the number, date and signature will go, so it is not
/// a finished document and some rules cannot pass yet.
/// </summary>
public static class TemplateCheck
{
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    /// <summary>A data contract is a few kilobytes of JSON.</summary>
    public const long MaxContractBytes = 1024 * 1024;

    /// <summary>Decompressed size far above any real template but well below what would hurt the server.</summary>
    private static readonly TemplateOptions Options = new()
    {
        Limits = PackageLimits.Default with { MaxPackageBytes = MaxUploadBytes, MaxTotalUncompressedBytes = 64L * 1024 * 1024, MaxEntryUncompressedBytes = 32L * 1024 * 1024 },
    };

    /// <param name="contractJson">The template's data contract when one came with it: then every tag must be declared in it.</param>
    public static TemplateCheckResult Run(byte[] docx, string? contractJson = null)
    {
        var problems = DocxTemplate.Lint(new MemoryStream(docx, writable: false), Options);
        static string Describe(TemplateProblem p) => $"{p.Location.Describe()}: {p.Message}" + (p.Tag is null ? "" : $" — {p.Tag}");
        // Lint warnings (a block beside text in a layout table, a tag split over formatting) do not refuse the template.
        var lintWarnings = problems.Where(p => p.IsWarning).Select(Describe).ToList();
        if (problems.Where(p => !p.IsWarning).Select(Describe).ToList() is { Count: > 0 } errors)
            return new TemplateCheckResult(errors, lintWarnings);
        if (contractJson is not null && ContractProblems(docx, contractJson) is { Count: > 0 } mismatches)
            return new TemplateCheckResult(mismatches, lintWarnings);
        try
        {
            var report = Decree30Checker.Check(new MemoryStream(docx, writable: false));
            return new TemplateCheckResult([], [.. lintWarnings, .. report.Issues.Select(i => $"{i.Location}: {i.Message} ({i.RuleId})")]);
        }
        catch (ConformanceException ex)
        {
            // The engine read it, so the package is sound; a checker that cannot is worth a warning, not a refusal.
            return new TemplateCheckResult([], [.. lintWarnings, $"Không kiểm tra được thể thức theo Nghị định 30: {ex.Message}"]);
        }
    }

    /// <summary>
    /// The contract must parse, and the template rendered strictly with data filling every declared field must find
    /// every value it asks for: a tag the contract does not declare would fail every document made from the template.
    /// </summary>
    private static List<string> ContractProblems(byte[] docx, string contractJson)
    {
        DataContract contract;
        try
        {
            contract = DataContract.FromJson(contractJson);
        }
        catch (FormatException ex)
        {
            return [$"Mô tả dữ liệu (.json) không hợp lệ: {ex.Message}"];
        }
        try
        {
            DocxTemplate.Compile(docx, Options).Render(TemplateData.FromElement(ContractSample.For(contract)), new RenderOptions { AllowMissingValues = false });
            return [];
        }
        catch (RenderException ex) when (ex.MissingPaths.Count > 0)
        {
            return ex.MissingPaths.Select(path => $"Mẫu có thẻ \"{path}\" nhưng mô tả dữ liệu không khai báo trường này.").ToList();
        }
        catch (RenderException ex)
        {
            return [$"Mẫu không dùng được với mô tả dữ liệu: {ex.UserMessage}"];
        }
    }
}

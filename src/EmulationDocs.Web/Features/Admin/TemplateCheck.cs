using EmulationDocs.Conformance;
using EmulationDocs.Templating;
using EmulationDocs.Templating.Packaging;

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

    /// <summary>Decompressed size far above any real template but well below what would hurt the server.</summary>
    private static readonly TemplateOptions Options = new()
    {
        Limits = PackageLimits.Default with { MaxPackageBytes = MaxUploadBytes, MaxTotalUncompressedBytes = 64L * 1024 * 1024, MaxEntryUncompressedBytes = 32L * 1024 * 1024 },
    };

    public static TemplateCheckResult Run(byte[] docx)
    {
        var problems = DocxTemplate.Lint(new MemoryStream(docx, writable: false), Options);
        if (problems.Count > 0)
            return new TemplateCheckResult(problems.Select(p => $"{p.Location.Describe()}: {p.Message}" + (p.Tag is null ? "" : $" — {p.Tag}")).ToList(), []);
        try
        {
            var report = Decree30Checker.Check(new MemoryStream(docx, writable: false));
            return new TemplateCheckResult([], report.Issues.Select(i => $"{i.Location}: {i.Message} ({i.RuleId})").ToList());
        }
        catch (ConformanceException ex)
        {
            // The engine read it, so the package is sound; a checker that cannot is worth a warning, not a refusal.
            return new TemplateCheckResult([], [$"Không kiểm tra được thể thức theo Nghị định 30: {ex.Message}"]);
        }
    }
}

using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Numbering;

/// <summary>
/// The reference an issuing step gives a document ("05/CT-UBND"): which series it numbers from and the symbol after the
/// number. Used when issuing and to show the registry the number it is about to give.
/// </summary>
public static class IssueReference
{
    /// <summary>The unit's own series, or its council's when the step says so (minutes of the Hội đồng Thi đua - Khen thưởng).</summary>
    public static string SeriesKey(StepDefinition step, string unitId) => step.Series == "council" ? $"{unitId}/council" : unitId;

    public static string Symbol(StepDefinition step, string unitAbbreviation)
    {
        var issuer = step.Series == "council" ? "HĐTĐKT" : unitAbbreviation;
        // A công văn has no type abbreviation: its symbol is the issuing body and the drafting office (UBND-NV).
        return string.IsNullOrEmpty(step.DocumentType)
            ? step.DraftingOffice is { Length: > 0 } office ? $"{issuer}-{office}" : issuer
            : $"{step.DocumentType}-{issuer}";
    }

    public static string Format(int number, string symbol) => $"{RegistryNumbering.Format(number)}/{symbol}";

    /// <summary>The reference issuing would give now: the series' next free number (another issue may still take it first).</summary>
    public static async Task<string> PreviewAsync(EmulationDocsDbContext context, StepDefinition step, string unitId, string unitAbbreviation, int year,
        CancellationToken ct) =>
        Format(await RegistryNumbering.PeekNextAsync(context, SeriesKey(step, unitId), year, ct), Symbol(step, unitAbbreviation));
}

using EmulationDocs.Conformance.Package;
using EmulationDocs.Conformance.Rules;

namespace EmulationDocs.Conformance;

/// <summary>Checks a .docx against the presentation rules of Decree 30/2020/NĐ-CP, Appendix I.</summary>
public static class Decree30Checker
{
    /// <summary>Reports every deviation found in <paramref name="docx"/>.</summary>
    /// <exception cref="ConformanceException">The stream is not a readable .docx.</exception>
    /// <exception cref="EmulationDocs.Templating.Packaging.PackageRejectedException">The package breaks a bound or a safety rule (nested too deep, too large, unsafe entry names, external content).</exception>
    public static ConformanceReport Check(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var document = WordDocumentReader.Open(docx);
        var context = ConformanceContext.Create(document);
        var issues = Decree30Rules.All
            .SelectMany(rule => rule.Check(context))
            // Stable sort: page-level issues first, then top to bottom, rules in registry order.
            .OrderBy(issue => issue.Paragraph ?? 0)
            .ToList();
        return new ConformanceReport(issues);
    }
}

namespace EmulationDocs.Conformance.Rules.Header;

/// <summary>Governing body (box 2, when present): upper case, 12–13 pt, upright, not bold.</summary>
internal sealed class GoverningBodyFormatRule : IConformanceRule
{
    public const string Id = "header.governing-body.format";
    private static readonly TextStyleExpectation Expected = new(12, 13) { UpperCase = true, Bold = false, Italic = false };

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context) =>
        context.Layout.Header.GoverningBody
            .Select(line => context.StyleIssue(Id, line, "Tên cơ quan chủ quản", Expected))
            .OfType<ConformanceIssue>();
}

using EmulationDocs.Conformance.Rules.Body;
using EmulationDocs.Conformance.Rules.Closing;
using EmulationDocs.Conformance.Rules.Fonts;
using EmulationDocs.Conformance.Rules.Header;
using EmulationDocs.Conformance.Rules.Page;
using EmulationDocs.Conformance.Rules.Title;

namespace EmulationDocs.Conformance.Rules;

/// <summary>The rules of Appendix I that the checker applies, in report order. Add a rule here.</summary>
internal static class Decree30Rules
{
    public static IReadOnlyList<IConformanceRule> All { get; } =
    [
        new PageSizeRule(),
        new PageMarginsRule(),
        new PageNumberPositionRule(),
        new PageNumberFirstPageRule(),
        new PageNumberFormatRule(),
        new FontFamilyRule(),
        new TextColorRule(),
        new GoverningBodyFormatRule(),
        new IssuingBodyFormatRule(),
        new IssuingBodyLineRule(),
        new NumberPatternRule(),
        new NumberFormatRule(),
        new NationalTitleTextRule(),
        new NationalTitleFormatRule(),
        new MottoTextRule(),
        new MottoFormatRule(),
        new MottoLineRule(),
        new PlaceDatePatternRule(),
        new PlaceDateFormatRule(),
        new TitleFormatRule(),
        new SummaryLineRule(),
        new LetterSummaryFormatRule(),
        new BodyAlignmentRule(),
        new BodyIndentRule(),
        new BodySpacingRule(),
        new BodyLineSpacingRule(),
        new BodyFontSizeRule(),
        new EndMarkRule(),
        new RecipientsFormatRule(),
        new ArchiveLineRule(),
        new SignatureFormatRule(),
        new SignerTitleRule(),
    ];
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Documents.Kinds;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Boxes 1 to 4 (and 5b for a công văn) of Appendix I: a borderless table, left about 40 % with the
/// bodies, their short line and "Số:", right about 60 % with the national title, the motto, its
/// full line and the place and date. The number and the place and date sit in a second row so that
/// they stay level however many lines the bodies take. Like the header tables of the decree's own
/// samples (Appendix III), the table reaches a little into the left and right margins, so that the
/// national title fits on one line at 13 pt.
/// </summary>
internal static class HeaderTable
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The column widths and outdent of the Appendix III samples (3936 + 5846 twips, 40 % / 60 %).</summary>
    public static readonly TwoColumnGeometry Geometry = new(LeftWidth: 3936, RightWidth: 5846, Indent: -199);

    /// <summary>About 2/5 of "ỦY BAN NHÂN DÂN" at 13 pt bold (41 mm): within the 1/3 to 1/2 of box 2.</summary>
    private static readonly int IssuingBodyRuleLength = Twips.FromMillimetres(18);

    /// <summary>The length of "Độc lập - Tự do - Hạnh phúc" at 14 pt bold, as box 1 asks.</summary>
    private static readonly int MottoRuleLength = Twips.FromMillimetres(57);

    public static Table Create(DocumentKind kind) => LayoutTable.TwoColumns(
        Geometry,
        (Bodies(), NationalTitleAndMotto()),
        (NumberAndSymbol(kind), PlaceAndDate()));

    private static IEnumerable<OpenXmlElement> Bodies() =>
    [
        .. TemplateParagraph.Block(
            StyleIds.GoverningBody,
            "{{#if governingBody}}",
            [TemplateParagraph.Create(StyleIds.GoverningBody, "{{governingBody}}")],
            "{{/if}}"),
        TemplateParagraph.Create(StyleIds.IssuingBody, "{{issuingBody}}"),
        HorizontalRule.Centered(IssuingBodyRuleLength, Geometry.LeftWidth),
    ];

    private static IEnumerable<OpenXmlElement> NationalTitleAndMotto() =>
    [
        TemplateParagraph.Create(StyleIds.NationalTitle, NationalTitle),
        TemplateParagraph.Create(StyleIds.Motto, Motto),
        HorizontalRule.Centered(MottoRuleLength, Geometry.RightWidth),
    ];

    private static IEnumerable<OpenXmlElement> NumberAndSymbol(DocumentKind kind)
    {
        yield return TemplateParagraph.Create(StyleIds.DocumentNumber, ["Số: ", .. TemplateTags.NumberAndSymbol()]);
        if (kind.IsOfficialLetter)
        {
            // Box 5b: a công văn states its subject here instead of under a type name.
            yield return TemplateParagraph.Create(StyleIds.LetterSummary, "V/v ", "{{summary}}");
        }
    }

    private static IEnumerable<OpenXmlElement> PlaceAndDate() =>
        [TemplateParagraph.Create(StyleIds.PlaceDate, ["{{place}}", ", ", .. TemplateTags.IssueDate()])];
}

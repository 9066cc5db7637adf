using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// Appendix I, I.7: Arabic page numbers, 14 pt upright, centred in the top margin, none on page 1.
/// The numbered header serves every page but the first; the first page gets an empty header
/// (section property titlePg).
/// </summary>
internal static class PageNumberHeader
{
    public static Header Numbered() => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.PageHeader }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    public static Header Empty() => new(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.PageHeader })));
}

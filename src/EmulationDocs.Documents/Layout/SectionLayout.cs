using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>
/// The sections of a template: A4 portrait, Decree 30 margins, page numbers from page 2. The
/// document is one section; an attached list (phụ lục) is a section of its own that starts on a
/// new page and numbers its pages from 1 again, as Appendix I numbers an annex on its own.
/// </summary>
internal static class SectionLayout
{
    public const string NumberedHeaderId = "rIdHeaderNumbered";
    public const string FirstPageHeaderId = "rIdHeaderFirst";

    /// <summary>The properties of the last section (the body's own sectPr).</summary>
    public static SectionProperties Create() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = NumberedHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = FirstPageHeaderId },
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize { Width = (uint)PageGeometry.Width, Height = (uint)PageGeometry.Height, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = PageGeometry.MarginTop,
            Bottom = PageGeometry.MarginBottom,
            Left = (uint)PageGeometry.MarginLeft,
            Right = (uint)PageGeometry.MarginRight,
            Header = (uint)PageGeometry.HeaderDistance,
            Footer = (uint)PageGeometry.FooterDistance,
            Gutter = 0,
        },
        new PageNumberType { Start = 1 },
        new Columns { Space = "720" },
        new TitlePage(),
        new DocGrid { LinePitch = 360 });

    /// <summary>
    /// Ends a section after <paramref name="content"/>: its properties sit in the last paragraph of
    /// the section, an all but invisible one (1 pt) so that the section ends where its text does.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Ending(IEnumerable<OpenXmlElement> content) =>
        [.. content, EndParagraph(Create())];

    /// <summary>
    /// The paragraph after a closing table or a data table, which Word requires before a section
    /// ends: 1 pt high, so that a table ending at the foot of a page does not push it onto a blank page.
    /// </summary>
    public static Paragraph EndParagraph(SectionProperties? sectionBreak = null)
    {
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Normal },
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact });
        if (sectionBreak is not null)
        {
            properties.Append(sectionBreak);
        }

        return new Paragraph(
            properties,
            new Run(new RunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" })));
    }
}

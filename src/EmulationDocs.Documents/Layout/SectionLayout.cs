using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>The single section of a template: A4 portrait, Decree 30 margins, page numbers from page 2.</summary>
internal static class SectionLayout
{
    public static SectionProperties Create(string numberedHeaderId, string firstPageHeaderId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = numberedHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstPageHeaderId },
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
}

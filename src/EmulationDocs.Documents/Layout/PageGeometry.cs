namespace EmulationDocs.Documents.Layout;

/// <summary>
/// The page of Appendix I, section I: A4 portrait with margins top and bottom 20 mm, left 30 mm,
/// right 15 mm (the smallest allowed, which leaves the widest text area for tables).
/// </summary>
public static class PageGeometry
{
    public static readonly int Width = Twips.FromMillimetres(210);
    public static readonly int Height = Twips.FromMillimetres(297);
    public static readonly int MarginTop = Twips.FromMillimetres(20);
    public static readonly int MarginBottom = Twips.FromMillimetres(20);
    public static readonly int MarginLeft = Twips.FromMillimetres(30);
    public static readonly int MarginRight = Twips.FromMillimetres(15);

    /// <summary>The page number sits in the top margin, so the header starts halfway into it.</summary>
    public static readonly int HeaderDistance = Twips.FromMillimetres(10);

    public static readonly int FooterDistance = Twips.FromMillimetres(10);

    /// <summary>Width between the margins: every table and rule is laid out against it.</summary>
    public static int TextWidth => Width - MarginLeft - MarginRight;
}

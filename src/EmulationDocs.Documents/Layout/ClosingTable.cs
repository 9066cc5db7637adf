using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Documents.Layout;

/// <summary>The closing block: a borderless table, "Nơi nhận" on the left level with the signature on the right.</summary>
internal static class ClosingTable
{
    /// <summary>A blank line's worth (12 pt) between the end of the body and the closing block.</summary>
    public static readonly int SpaceAbove = Twips.FromPoints(12);

    /// <summary>Recipients take 45 % of the text width, the signature the rest.</summary>
    public static readonly TwoColumnGeometry Geometry = new(
        LeftWidth: PageGeometry.TextWidth * 45 / 100,
        RightWidth: PageGeometry.TextWidth - (PageGeometry.TextWidth * 45 / 100),
        SpaceAbove: SpaceAbove);

    public static Table Create() => LayoutTable.TwoColumns(
        Geometry,
        (RecipientsBlock.Create(), SignatureBlock.ForSignature()));
}

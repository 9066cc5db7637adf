namespace EmulationDocs.Documents.Layout;

/// <summary>WordprocessingML measures lengths in twentieths of a point; the decree measures in millimetres and points.</summary>
internal static class Twips
{
    public static int FromMillimetres(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);

    public static int FromPoints(double points) => (int)Math.Round(points * 20);

    /// <summary>Font sizes are stored in half-points.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace EmulationDocs.Conformance.Rules.Page;

/// <summary>Conversions between Word's twips and the millimetres of the decree.</summary>
internal static class Millimetres
{
    public static double FromTwips(double twips) => twips / 1440 * 25.4;
}

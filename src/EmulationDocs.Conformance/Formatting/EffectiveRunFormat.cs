namespace EmulationDocs.Conformance.Formatting;

/// <summary>How a run is actually displayed once direct formatting, character style, paragraph
/// style chain and document defaults are combined.</summary>
/// <param name="AsciiFont">Font for ASCII characters (rFonts/@w:ascii).</param>
/// <param name="HighAnsiFont">Font for other Latin characters, which covers Vietnamese letters with
/// diacritics (rFonts/@w:hAnsi).</param>
/// <param name="Color">w:color/@w:val: "auto" or an RGB hex value such as "000000".</param>
internal sealed record EffectiveRunFormat(
    string AsciiFont,
    string HighAnsiFont,
    bool Bold,
    bool Italic,
    double SizePoints,
    bool AllCaps,
    string Color);

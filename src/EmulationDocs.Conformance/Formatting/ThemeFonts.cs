using DocumentFormat.OpenXml.Drawing;

namespace EmulationDocs.Conformance.Formatting;

/// <summary>The Latin major (headings) and minor (body) fonts of the document theme, which runs
/// reference through rFonts/@w:asciiTheme and @w:hAnsiTheme.</summary>
internal sealed class ThemeFonts
{
    private readonly string? _majorLatin;
    private readonly string? _minorLatin;

    public ThemeFonts(Theme? theme)
    {
        var scheme = theme?.ThemeElements?.FontScheme;
        _majorLatin = scheme?.MajorFont?.LatinFont?.Typeface?.Value;
        _minorLatin = scheme?.MinorFont?.LatinFont?.Typeface?.Value;
    }

    /// <summary>The typeface for a theme slot such as "minorHAnsi"; null when the theme lacks it.</summary>
    public string? Resolve(string themeSlot) =>
        themeSlot.StartsWith("major", StringComparison.Ordinal) ? _majorLatin
        : themeSlot.StartsWith("minor", StringComparison.Ordinal) ? _minorLatin
        : null;
}

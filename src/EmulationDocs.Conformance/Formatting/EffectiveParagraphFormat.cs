namespace EmulationDocs.Conformance.Formatting;

/// <summary>Paragraph properties after combining direct formatting, the style chain and document
/// defaults. Lengths are in twentieths of a point (twips), as Word stores them.</summary>
/// <param name="Justification">"left", "center", "right", "both" or "distribute".</param>
/// <param name="LineSpacing">w:spacing/@w:line: 240ths of a line for "auto", twips for "exact" and "atLeast".</param>
internal sealed record EffectiveParagraphFormat(
    string Justification,
    int FirstLineIndent,
    int HangingIndent,
    int LeftIndent,
    int RightIndent,
    int SpacingBefore,
    int SpacingAfter,
    int LineSpacing,
    string LineRule,
    bool HasBottomBorder,
    bool HasTopBorder)
{
    public bool IsCentered => Justification == "center";

    public bool IsJustified => Justification is "both" or "distribute";
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationDocs.Conformance.Formatting;

/// <summary>The style definitions of one document: styles by id with their basedOn chains, the
/// default paragraph style and the document defaults (docDefaults).</summary>
internal sealed class StyleSheet
{
    private readonly Dictionary<string, Style> _stylesById;
    private readonly Style? _defaultParagraphStyle;

    public StyleSheet(Styles? styles)
    {
        var all = styles?.Elements<Style>().ToList() ?? [];
        _stylesById = all
            .Where(style => style.StyleId?.Value is not null)
            .GroupBy(style => style.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        _defaultParagraphStyle = all.FirstOrDefault(style =>
            style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true);
        var defaults = styles?.DocDefaults;
        DefaultRunProperties = defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        DefaultParagraphProperties = defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
    }

    /// <summary>docDefaults/rPrDefault/rPr: the lowest level of run formatting.</summary>
    public OpenXmlElement? DefaultRunProperties { get; }

    /// <summary>docDefaults/pPrDefault/pPr: the lowest level of paragraph formatting.</summary>
    public OpenXmlElement? DefaultParagraphProperties { get; }

    /// <summary>The paragraph style and its basedOn ancestors, nearest first; the default paragraph
    /// style when the paragraph names none (or names one that does not exist).</summary>
    public IReadOnlyList<Style> ParagraphStyleChain(string? styleId) =>
        Chain(styleId is not null && _stylesById.TryGetValue(styleId, out var style) ? style : _defaultParagraphStyle);

    /// <summary>The character style and its basedOn ancestors, nearest first; empty without one.</summary>
    public IReadOnlyList<Style> CharacterStyleChain(string? styleId) =>
        Chain(styleId is not null && _stylesById.TryGetValue(styleId, out var style) ? style : null);

    private List<Style> Chain(Style? start)
    {
        var chain = new List<Style>();
        // A malformed file can make basedOn loop; stop at the first repeat.
        for (var style = start; style is not null && !chain.Contains(style); style = BasedOn(style))
        {
            chain.Add(style);
        }

        return chain;
    }

    private Style? BasedOn(Style style) =>
        style.BasedOn?.Val?.Value is { } parentId && _stylesById.TryGetValue(parentId, out var parent) ? parent : null;
}

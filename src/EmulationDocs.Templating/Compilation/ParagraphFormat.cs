using System.Xml.Linq;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// The formatting of a paragraph that a <c>{{markdown}}</c> tag stood alone in: its paragraph
/// properties and its run properties in four variants (plain, bold, italic, both), serialised
/// once at compile time so rendering only concatenates strings.
/// Keep-with-next is a property of the block the tag stands for, not of each paragraph it makes:
/// set on the tag paragraph, only the last generated paragraph keeps with what follows (text
/// glued to a closing block or a table); headings keep with their text in any case.
/// </summary>
internal sealed class ParagraphFormat
{
    private readonly string[] _runProperties = new string[4];

    public ParagraphFormat(XElement paragraph, XElement? tagRun)
    {
        var properties = paragraph.Element(WordNames.ParagraphProperties) is { } source ? new XElement(source) : null;
        // A section break in the tag paragraph must not be repeated in every generated paragraph.
        properties?.Element(W + "sectPr")?.Remove();
        KeepsLastWithNext = properties?.Element(W + "keepNext") is { } keepNext && (string?)keepNext.Attribute(W + "val") is null or "1" or "true" or "on";
        properties?.Element(W + "keepNext")?.Remove();
        ParagraphProperties = properties is null ? "" : properties.ToString(SaveOptions.DisableFormatting);
        KeepWithNextProperties = WithKeepNext(properties).ToString(SaveOptions.DisableFormatting);
        var runProperties = tagRun?.Element(WordNames.RunProperties);
        for (int variant = 0; variant < 4; variant++)
            _runProperties[variant] = Serialize(WithEmphasis(runProperties, bold: (variant & 1) != 0, italic: (variant & 2) != 0));
    }

    /// <summary>The tag paragraph's properties without keep-with-next.</summary>
    public string ParagraphProperties { get; }

    /// <summary>The same properties with keep-with-next (for the last paragraph when <see cref="KeepsLastWithNext"/>, and for headings).</summary>
    public string KeepWithNextProperties { get; }

    /// <summary>The tag paragraph keeps with the next one: the last generated paragraph does too.</summary>
    public bool KeepsLastWithNext { get; }

    public string RunProperties(bool bold, bool italic) => _runProperties[(bold ? 1 : 0) | (italic ? 2 : 0)];

    /// <summary>w:keepNext where the schema's order wants it: right after w:pStyle.</summary>
    private static XElement WithKeepNext(XElement? source)
    {
        var result = source is null ? new XElement(WordNames.ParagraphProperties) : new XElement(source);
        if (result.Element(W + "pStyle") is { } style) style.AddAfterSelf(new XElement(W + "keepNext"));
        else result.AddFirst(new XElement(W + "keepNext"));
        return result;
    }

    /// <summary>Adds or removes w:b and w:i where the schema's order wants them (after rStyle and rFonts).</summary>
    private static XElement WithEmphasis(XElement? source, bool bold, bool italic)
    {
        var result = source is null ? new XElement(WordNames.RunProperties) : new XElement(source);
        if (!bold && !italic) return result;
        result.Elements().Where(e => e.Name == W + "b" || e.Name == W + "bCs" || e.Name == W + "i" || e.Name == W + "iCs").Remove();
        var emphasis = new List<XElement>();
        if (bold) emphasis.AddRange([new XElement(W + "b"), new XElement(W + "bCs")]);
        if (italic) emphasis.AddRange([new XElement(W + "i"), new XElement(W + "iCs")]);
        var anchor = result.Elements().LastOrDefault(e => e.Name == W + "rStyle" || e.Name == W + "rFonts");
        if (anchor is null) result.AddFirst(emphasis);
        else anchor.AddAfterSelf(emphasis);
        return result;
    }

    private static string Serialize(XElement element) =>
        element.HasElements || element.HasAttributes ? element.ToString(SaveOptions.DisableFormatting) : "";
}

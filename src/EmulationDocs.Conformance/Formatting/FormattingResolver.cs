using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Formatting;

/// <summary>Resolves effective formatting the way Word does: direct run properties, then the
/// character style chain, then the paragraph style chain (or the default paragraph style), then
/// docDefaults, then Word's built-in values. Theme font references go through the theme part.</summary>
internal sealed class FormattingResolver
{
    // What Word uses when no level of the chain says anything.
    private const string BuiltInFont = "Times New Roman";
    private const double BuiltInSizePoints = 10;
    private const int AutoSpacingTwips = 280;

    private readonly StyleSheet _styles;
    private readonly ThemeFonts _theme;
    private readonly Dictionary<object, ParagraphFormatting> _cache = new(ReferenceEqualityComparer.Instance);

    public FormattingResolver(StyleSheet styles, ThemeFonts theme)
    {
        _styles = styles;
        _theme = theme;
    }

    /// <summary>Formatting of a whole Word paragraph (used for page headers and footers).</summary>
    public ParagraphFormatting Resolve(Paragraph paragraph) =>
        Resolve(paragraph, paragraph, () => ParagraphContent.Segments(paragraph));

    /// <summary>Formatting of part of a paragraph: one line of it when it was split at line breaks.</summary>
    public ParagraphFormatting Resolve(Paragraph paragraph, IReadOnlyList<RunSegment> segments) =>
        Resolve(segments, paragraph, () => segments);

    private ParagraphFormatting Resolve(object key, Paragraph paragraph, Func<IReadOnlyList<RunSegment>> segments)
    {
        if (!_cache.TryGetValue(key, out var formatting))
        {
            var runs = segments()
                .Where(segment => !string.IsNullOrWhiteSpace(segment.Text) && !IsReferenceMark(segment.Run, paragraph))
                .Select(segment => new FormattedRun(segment.Text, ResolveRun(segment.Run, paragraph)))
                .ToList();
            formatting = new ParagraphFormatting(ResolveParagraph(paragraph), runs);
            _cache[key] = formatting;
        }

        return formatting;
    }

    /// <summary>Formatting of one run, and whether it is raised or lowered (superscript, subscript),
    /// for runs that are not text proper, such as a line typed with underscores.</summary>
    public (EffectiveRunFormat Format, bool Raised) ResolveRunOf(Run run, Paragraph paragraph) =>
        (ResolveRun(run, paragraph), IsRaised(run, paragraph));

    private bool IsRaised(Run run, Paragraph paragraph) =>
        First(RunLevels(run, paragraph), level => level.GetFirstChild<VerticalTextAlignment>()?.Val?.InnerText) is "superscript" or "subscript";

    /// <summary>Footnote and endnote marks ("TÊN CƠ QUAN²") are raised annotations; their size and
    /// weight are not those of the element they annotate, so they are left out of its formatting.</summary>
    private bool IsReferenceMark(Run run, Paragraph paragraph) =>
        run.GetFirstChild<FootnoteReference>() is not null
        || run.GetFirstChild<EndnoteReference>() is not null
        || IsRaised(run, paragraph);

    private EffectiveRunFormat ResolveRun(Run run, Paragraph paragraph)
    {
        var levels = RunLevels(run, paragraph);
        var bold = First(levels, level => level.GetFirstChild<Bold>());
        var italic = First(levels, level => level.GetFirstChild<Italic>());
        var caps = First(levels, level => level.GetFirstChild<Caps>());
        var size = First(levels, level => level.GetFirstChild<FontSize>()?.Val?.Value);
        return new EffectiveRunFormat(
            AsciiFont: First(levels, level => FontAt(level, ascii: true)) ?? BuiltInFont,
            HighAnsiFont: First(levels, level => FontAt(level, ascii: false)) ?? BuiltInFont,
            Bold: bold is not null && (bold.Val?.Value ?? true),
            Italic: italic is not null && (italic.Val?.Value ?? true),
            SizePoints: size is not null && double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var halfPoints)
                ? halfPoints / 2
                : BuiltInSizePoints,
            AllCaps: caps is not null && (caps.Val?.Value ?? true),
            Color: First(levels, level => level.GetFirstChild<Color>()?.Val?.Value) ?? "auto");
    }

    private List<OpenXmlElement> RunLevels(Run run, Paragraph paragraph)
    {
        var levels = new List<OpenXmlElement>();
        if (run.RunProperties is { } direct)
        {
            levels.Add(direct);
        }

        levels.AddRange(_styles.CharacterStyleChain(run.RunProperties?.RunStyle?.Val?.Value)
            .Select(style => style.StyleRunProperties).OfType<OpenXmlElement>());
        levels.AddRange(_styles.ParagraphStyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Select(style => style.StyleRunProperties).OfType<OpenXmlElement>());
        if (_styles.DefaultRunProperties is { } defaults)
        {
            levels.Add(defaults);
        }

        return levels;
    }

    // At one level a theme reference wins over an explicit name, as in Word.
    private string? FontAt(OpenXmlElement level, bool ascii)
    {
        var fonts = level.GetFirstChild<RunFonts>();
        if (fonts is null)
        {
            return null;
        }

        var themeSlot = ascii ? fonts.AsciiTheme?.InnerText : fonts.HighAnsiTheme?.InnerText;
        if (!string.IsNullOrEmpty(themeSlot) && _theme.Resolve(themeSlot) is { } themeFont)
        {
            return themeFont;
        }

        return ascii ? fonts.Ascii?.Value : fonts.HighAnsi?.Value;
    }

    private EffectiveParagraphFormat ResolveParagraph(Paragraph paragraph)
    {
        var levels = ParagraphLevels(paragraph);
        // firstLine and hanging exclude each other: the nearest level that sets either decides.
        var indentation = First(levels, level =>
            level.GetFirstChild<Indentation>() is { } ind && (ind.FirstLine is not null || ind.Hanging is not null) ? ind : null);
        var lineSpacing = First(levels, level =>
            level.GetFirstChild<SpacingBetweenLines>() is { Line: not null } spacing ? spacing : null);
        return new EffectiveParagraphFormat(
            Justification: NormalizeJustification(First(levels, level => level.GetFirstChild<Justification>()?.Val?.InnerText)),
            FirstLineIndent: Twips(indentation?.FirstLine?.Value),
            HangingIndent: Twips(indentation?.Hanging?.Value),
            LeftIndent: Twips(First(levels, level => level.GetFirstChild<Indentation>() is { } ind ? ind.Left?.Value ?? ind.Start?.Value : null)),
            RightIndent: Twips(First(levels, level => level.GetFirstChild<Indentation>() is { } ind ? ind.Right?.Value ?? ind.End?.Value : null)),
            SpacingBefore: FirstValue(levels, level => SpacingAt(level, before: true)) ?? 0,
            SpacingAfter: FirstValue(levels, level => SpacingAt(level, before: false)) ?? 0,
            LineSpacing: lineSpacing is null ? 240 : Twips(lineSpacing.Line?.Value),
            LineRule: lineSpacing?.LineRule?.InnerText ?? "auto",
            HasBottomBorder: FirstValue(levels, level => BorderAt(level, bottom: true)) ?? false,
            HasTopBorder: FirstValue(levels, level => BorderAt(level, bottom: false)) ?? false);
    }

    private List<OpenXmlElement> ParagraphLevels(Paragraph paragraph)
    {
        var levels = new List<OpenXmlElement>();
        if (paragraph.ParagraphProperties is { } direct)
        {
            levels.Add(direct);
        }

        levels.AddRange(_styles.ParagraphStyleChain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Select(style => style.StyleParagraphProperties).OfType<OpenXmlElement>());
        if (_styles.DefaultParagraphProperties is { } defaults)
        {
            levels.Add(defaults);
        }

        return levels;
    }

    private static int? SpacingAt(OpenXmlElement level, bool before)
    {
        var spacing = level.GetFirstChild<SpacingBetweenLines>();
        if (spacing is null)
        {
            return null;
        }

        var auto = before ? spacing.BeforeAutoSpacing?.Value : spacing.AfterAutoSpacing?.Value;
        if (auto == true)
        {
            return AutoSpacingTwips;
        }

        var value = before ? spacing.Before?.Value : spacing.After?.Value;
        return value is null ? null : Twips(value);
    }

    private static bool? BorderAt(OpenXmlElement level, bool bottom)
    {
        var borders = level.GetFirstChild<ParagraphBorders>();
        BorderType? border = bottom ? borders?.BottomBorder : borders?.TopBorder;
        return border is null ? null : border.Val?.InnerText is not ("nil" or "none");
    }

    private static string NormalizeJustification(string? value) => value switch
    {
        null or "start" => "left",
        "end" => "right",
        _ => value,
    };

    private static int Twips(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips) ? twips : 0;

    private static T? First<T>(IEnumerable<OpenXmlElement> levels, Func<OpenXmlElement, T?> read)
        where T : class
    {
        foreach (var level in levels)
        {
            if (read(level) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static T? FirstValue<T>(IEnumerable<OpenXmlElement> levels, Func<OpenXmlElement, T?> read)
        where T : struct
    {
        foreach (var level in levels)
        {
            if (read(level) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}

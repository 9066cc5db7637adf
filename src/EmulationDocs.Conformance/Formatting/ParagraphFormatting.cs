using EmulationDocs.Conformance.Content;

namespace EmulationDocs.Conformance.Formatting;

/// <summary>A run with visible text and its effective formatting.</summary>
internal sealed record FormattedRun(string Text, EffectiveRunFormat Format);

/// <summary>The effective formatting of a paragraph and of each of its runs that shows text.</summary>
internal sealed class ParagraphFormatting
{
    public ParagraphFormatting(EffectiveParagraphFormat paragraph, IReadOnlyList<FormattedRun> runs)
    {
        Paragraph = paragraph;
        Runs = runs;
    }

    public EffectiveParagraphFormat Paragraph { get; }

    /// <summary>Runs with at least one non-blank character; blank runs cannot be seen, so their
    /// formatting does not matter.</summary>
    public IReadOnlyList<FormattedRun> Runs { get; }

    public bool AllBold => Runs.Count > 0 && Runs.All(run => run.Format.Bold);

    public bool AnyBold => Runs.Any(run => run.Format.Bold);

    public bool AllItalic => Runs.Count > 0 && Runs.All(run => run.Format.Italic);

    public bool AnyItalic => Runs.Any(run => run.Format.Italic);

    public bool AllCaps => Runs.Count > 0 && Runs.All(run => run.Format.AllCaps);

    /// <summary>Whether <paramref name="text"/> (this paragraph's text) is displayed in capitals:
    /// typed in upper case, or formatted with "All caps".</summary>
    public bool ShowsUpperCase(string text) => VietnameseText.IsUpperCase(text) || AllCaps;

    public IReadOnlyList<double> SizesPoints =>
        Runs.Select(run => run.Format.SizePoints).Distinct().Order().ToList();
}

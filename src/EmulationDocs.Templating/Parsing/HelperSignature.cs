namespace EmulationDocs.Templating.Parsing;

/// <summary>What lint knows of a helper: its name and how many positional arguments it takes.</summary>
internal sealed record HelperSignature(string Name, int MinArguments, int MaxArguments, bool IsBlock = false)
{
    public const string Markdown = "markdown";
    public const string Image = "image";

    /// <summary>Every helper a template may use; the rendering side registers exactly these.</summary>
    public static IReadOnlyDictionary<string, HelperSignature> All { get; } = new HelperSignature[]
    {
        new("each", 1, 1, IsBlock: true),
        new("if", 1, 1, IsBlock: true),
        new("unless", 1, 1, IsBlock: true),
        new("with", 1, 1, IsBlock: true),
        new("lookup", 2, 2),
        new("vnDate", 1, 1),
        new("upper", 1, 1),
        new("vnNumber", 1, 1),
        new("pad2", 1, 1),
        new("inc", 1, 1),
        new(Image, 1, 2),
        new(Markdown, 1, 1),
    }.ToDictionary(h => h.Name, StringComparer.Ordinal);
}

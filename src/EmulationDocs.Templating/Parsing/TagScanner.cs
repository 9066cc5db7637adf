namespace EmulationDocs.Templating.Parsing;

/// <summary>A tag's position in a text, or an error at a position.</summary>
internal readonly record struct TagSpan(int Start, int Length, string? Error);

/// <summary>
/// Finds <c>{{…}}</c> tags in a paragraph's text. Knows Handlebars' delimiters (triple stash,
/// long comments) but not what the tags mean.
/// </summary>
internal static class TagScanner
{
    public static List<TagSpan> Scan(string text)
    {
        var spans = new List<TagSpan>();
        var position = 0;
        while (true)
        {
            var start = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (start < 0) break;
            var closer = text.AsSpan(start).StartsWith("{{!--") ? "--}}" : text.AsSpan(start).StartsWith("{{{") ? "}}}" : "}}";
            var end = text.IndexOf(closer, start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                spans.Add(new TagSpan(start, text.Length - start, "unclosed"));
                break;
            }
            var length = end + closer.Length - start;
            var nested = text.IndexOf("{{", start + 2, StringComparison.Ordinal);
            if (closer == "}}" && nested >= 0 && nested < end)
            {
                spans.Add(new TagSpan(start, nested - start, "unclosed"));
                position = nested;
                continue;
            }
            spans.Add(new TagSpan(start, length, null));
            position = start + length;
        }
        return spans;
    }

    /// <summary>Word's autocorrect turns straight quotes into curly ones; inside tags they must be straight.</summary>
    public static string StraightenQuotes(string tag) =>
        tag.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"')
           .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u00A0', ' ');
}

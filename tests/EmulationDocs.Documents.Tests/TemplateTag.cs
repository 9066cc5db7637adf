using System.Text.RegularExpressions;

namespace EmulationDocs.Documents.Tests;

/// <summary>A <c>{{…}}</c> tag of the template syntax (templates/README.md), as far as the tests need to read it.</summary>
internal sealed partial record TemplateTag(string Text)
{
    private static readonly HashSet<string> Helpers = ["vnDate", "upper", "vnNumber", "pad2", "inc", "image", "markdown"];

    public bool IsOpen => Text.StartsWith('#');

    public bool IsClose => Text.StartsWith('/');

    public bool IsElse => Text == "else";

    /// <summary>The block name of an open or close tag: each, if, unless, with.</summary>
    public string Block => Text[1..].Split(' ')[0];

    /// <summary>The data paths the tag reads: block argument, value, or helper arguments.</summary>
    public IEnumerable<string> Paths
    {
        get
        {
            if (IsClose || IsElse)
            {
                return [];
            }

            var words = (IsOpen ? Text[1..] : Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var arguments = IsOpen || Helpers.Contains(words[0]) ? words.Skip(1) : words;
            return arguments.Where(word => !word.StartsWith('@') && word != "this" && !char.IsDigit(word[0]));
        }
    }

    public static IEnumerable<TemplateTag> Scan(string text) =>
        TagPattern().Matches(text).Select(match => new TemplateTag(match.Groups[1].Value.Trim()));

    [GeneratedRegex(@"\{\{(.+?)\}\}")]
    private static partial Regex TagPattern();
}

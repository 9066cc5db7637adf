using System.Text;
using HandlebarsDotNet;

namespace EmulationDocs.Templating.Rendering;

/// <summary>
/// Encodes values for the inside of a <c>w:t</c> element, where every value tag stands: escapes
/// XML, turns line breaks and tabs into Word's own elements, drops characters XML forbids.
/// </summary>
internal sealed class XmlTextEncoder : ITextEncoder
{
    private const string LineBreak = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private const string Tab = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks())
            Encode(chunk.Span, target);
    }

    public void Encode(string? text, TextWriter target) => Encode(text.AsSpan(), target);

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    public static void Encode(ReadOnlySpan<char> text, TextWriter target)
    {
        var start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c != '&' && c != '<' && c != '>' && !char.IsSurrogate(c) && c < 0xFFFE) continue;
            if (i > start) target.Write(text[start..i]);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                target.Write(text.Slice(i, 2));
                i++;
            }
            else
            {
                Write(c, target);
            }
            start = i + 1;
        }
        if (start < text.Length) target.Write(text[start..]);
    }

    /// <summary>Escapes a string for XML text content only (no Word elements).</summary>
    public static void EscapeText(string text, StringBuilder target)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': target.Append("&amp;"); break;
                case '<': target.Append("&lt;"); break;
                case '>': target.Append("&gt;"); break;
                default:
                    if (c >= 0x20 || c == '\t') target.Append(c);
                    break;
            }
        }
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '\n': target.Write(LineBreak); break;
            case '\t': target.Write(Tab); break;
            case '\r': break;
            default:
                // Other control characters, lone surrogates and U+FFFE/U+FFFF are not allowed in XML.
                if (c >= 0x20 && !char.IsSurrogate(c) && c < 0xFFFE) target.Write(c);
                break;
        }
    }
}

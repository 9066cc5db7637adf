using System.Text;
using System.Text.RegularExpressions;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>
/// Just enough MIME to read back what System.Net.Mail sent (MimeKit is not in the package
/// registry): unfolded headers with RFC 2047 words decoded, multipart bodies, base64 and
/// quoted-printable content.
/// </summary>
internal sealed partial class MimePart
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Content { get; private set; } = [];

    public List<MimePart> Parts { get; } = [];

    public string ContentType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public string? FileName => Parameter(Header("Content-Disposition"), "filename") ?? Parameter(Header("Content-Type"), "name");

    public string Text => Encoding.UTF8.GetString(Content);

    /// <summary>The header with encoded words decoded, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? DecodeWords(value) : null;

    public IEnumerable<MimePart> Leaves() => Parts.Count == 0 ? [this] : Parts.SelectMany(p => p.Leaves());

    public static MimePart Parse(byte[] raw) => Parse(Latin1.GetString(raw));

    private static MimePart Parse(string text)
    {
        var part = new MimePart();
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        foreach (var line in Regex.Replace(head, @"\r\n[ \t]+", " ").Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) part.Headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (part.ContentType.StartsWith("multipart/", StringComparison.Ordinal) && Parameter(part.Headers["Content-Type"], "boundary") is { } boundary)
        {
            var sections = body.Split("--" + boundary);
            foreach (var section in sections.Skip(1))
            {
                if (section.StartsWith("--", StringComparison.Ordinal)) break;
                part.Parts.Add(Parse(section.StartsWith("\r\n", StringComparison.Ordinal) ? section[2..] : section));
            }
            return part;
        }
        var encoding = (part.Headers.GetValueOrDefault("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
        part.Content = encoding switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body),
            _ => Latin1.GetBytes(body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body),
        };
        return part;
    }

    private static string? Parameter(string? header, string name)
    {
        if (header is null) return null;
        var match = Regex.Match(header, $@"(?:^|;)\s*{name}\s*=\s*(?:""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? DecodeWords(match.Groups["v"].Value) : null;
    }

    private static string DecodeWords(string value)
    {
        // Whitespace between two encoded words is not part of the text (RFC 2047, 6.2).
        value = Regex.Replace(value, @"(\?=)\s+(=\?)", "$1$2");
        return EncodedWord().Replace(value, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var data = m.Groups[3].Value;
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(data)
                : QuotedPrintable(data.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && text.Substring(i + 1, 2) is var hex)
            {
                if (hex == "\r\n") { i += 2; continue; }
                bytes.Add(Convert.ToByte(hex, 16));
                i += 2;
            }
            else bytes.Add((byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}

namespace EmulationDocs.Templating.Parsing;

/// <summary>
/// Parses the inside of a Handlebars mustache (<c>vnDate date</c>, <c>each items as |item|</c>,
/// <c>inc (inc @index)</c>) so that lint can report bad syntax and unknown helpers before
/// Handlebars.Net ever sees the template.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private int _position;

    private ExpressionParser(string text) => _text = text;

    /// <summary>Returns the expression, or null with an English reason in <paramref name="error"/>.</summary>
    public static ParsedExpression? TryParse(string text, out string? error)
    {
        var parser = new ExpressionParser(text);
        try
        {
            var expression = parser.ParseExpression(topLevel: true);
            parser.SkipWhitespace();
            if (parser._position < text.Length) throw new FormatException($"unexpected '{text[parser._position..]}'");
            error = null;
            return expression;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private ParsedExpression ParseExpression(bool topLevel)
    {
        SkipWhitespace();
        var head = ReadPath() ?? throw new FormatException("expected a name or a path");
        var arguments = new List<ExpressionArgument>();
        var blockParams = new List<string>();
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || Peek() == ')') break;
            if (topLevel && Rest().StartsWith("as |", StringComparison.Ordinal))
            {
                _position += 4;
                var close = _text.IndexOf('|', _position);
                if (close < 0) throw new FormatException("unclosed block parameters");
                blockParams.AddRange(_text[_position..close].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (blockParams.Count == 0) throw new FormatException("empty block parameters");
                _position = close + 1;
                continue;
            }
            arguments.Add(ParseArgument());
        }
        return new ParsedExpression(head, arguments, blockParams);
    }

    private ExpressionArgument ParseArgument()
    {
        var c = Peek();
        if (c == '(')
        {
            _position++;
            var inner = ParseExpression(topLevel: false);
            SkipWhitespace();
            if (Peek() != ')') throw new FormatException("unclosed '('");
            _position++;
            return new SubExpression(inner);
        }
        if (c is '"' or '\'') return new LiteralArgument(ReadString(c));
        if (char.IsDigit(c) || (c == '-' && _position + 1 < _text.Length && char.IsDigit(_text[_position + 1])))
        {
            var start = _position++;
            while (_position < _text.Length && (char.IsDigit(Peek()) || Peek() == '.')) _position++;
            return new LiteralArgument(_text[start.._position]);
        }
        var path = ReadPath() ?? throw new FormatException($"unexpected '{c}'");
        if (_position < _text.Length && Peek() == '=')
        {
            _position++;
            if (path.Contains('.') || path.Contains('/')) throw new FormatException($"invalid hash key '{path}'");
            return new HashArgument(path, ParseArgument());
        }
        return path is "true" or "false" or "null" or "undefined" ? new LiteralArgument(path) : new PathArgument(path);
    }

    private string ReadString(char quote)
    {
        var end = _text.IndexOf(quote, _position + 1);
        if (end < 0) throw new FormatException("unclosed string");
        var value = _text[(_position + 1)..end];
        _position = end + 1;
        return value;
    }

    /// <summary>A path: segments of identifier characters, '@' variables, '../', and '[literal]' segments.</summary>
    private string? ReadPath()
    {
        var start = _position;
        while (_position < _text.Length)
        {
            var c = Peek();
            if (c == '[')
            {
                var close = _text.IndexOf(']', _position);
                if (close < 0) throw new FormatException("unclosed '['");
                _position = close + 1;
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '$' or '@' or '.' or '/' or '-')
            {
                _position++;
            }
            else break;
        }
        if (_position == start) return null;
        var path = _text[start.._position];
        if (path.EndsWith('/') || path.Contains("//")) throw new FormatException($"invalid path '{path}'");
        return path;
    }

    private string Rest() => _text[_position..];

    private char Peek() => _text[_position];

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }
}

using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Parsing;

/// <summary>Turns the text of one tag into a <see cref="Tag"/>, or a problem saying what is wrong with it.</summary>
internal static class TagParser
{
    public static Tag? Parse(string rawText, TemplateLocation location, List<TemplateProblem> problems)
    {
        var text = TagScanner.StraightenQuotes(rawText);
        if (text.StartsWith("{{{", StringComparison.Ordinal))
        {
            problems.Add(new(ProblemCode.UnsupportedTag, "Không dùng {{{…}}} (xuất nội dung không mã hóa) trong văn bản Word; hãy dùng {{…}}.", location, rawText));
            return null;
        }
        var inner = text[2..^2].Trim().Trim('~').Trim();
        if (inner.StartsWith('!')) return new Tag(text, TagKind.Comment, null, null);
        if (inner.Length == 0)
        {
            problems.Add(new(ProblemCode.UnparsableExpression, "Thẻ rỗng.", location, rawText));
            return null;
        }
        switch (inner[0])
        {
            case '#':
                return ParseBlockOpen(text, inner[1..], location, problems);
            case '/':
                var name = inner[1..].Trim();
                if (name.Length == 0 || name.Contains(' '))
                {
                    problems.Add(new(ProblemCode.UnparsableExpression, "Thẻ đóng khối không hợp lệ.", location, rawText));
                    return null;
                }
                return new Tag(text, TagKind.BlockClose, name, null);
            case '>' or '^' or '&' or '*':
                problems.Add(new(ProblemCode.UnsupportedTag, "Loại thẻ này không được hỗ trợ trong mẫu văn bản.", location, rawText));
                return null;
        }
        if (inner == "else") return new Tag(text, TagKind.Else, "else", null);
        if (inner.StartsWith("else ", StringComparison.Ordinal))
        {
            problems.Add(new(ProblemCode.UnsupportedTag, "Không dùng {{else if …}}; hãy lồng {{#if}} bên trong {{else}}.", location, rawText));
            return null;
        }

        var expression = ParseExpression(inner, rawText, location, problems);
        if (expression is null) return null;
        if (expression.Arguments.Count == 0 && !HelperSignature.All.ContainsKey(expression.Head))
            return new Tag(text, TagKind.Expression, null, expression);
        return CheckHelper(expression, rawText, location, problems) ? new Tag(text, TagKind.Expression, expression.Head, expression) : null;
    }

    /// <summary>Whether the tag puts text in the document: not a block tag, an else or a comment.</summary>
    public static bool PrintsText(string rawText)
    {
        var inner = TagScanner.StraightenQuotes(rawText).Trim('{', '}').Trim().Trim('~').Trim();
        return inner.Length > 0 && inner[0] is not ('#' or '/' or '!') && inner != "else" && !inner.StartsWith("else ", StringComparison.Ordinal);
    }

    private static Tag? ParseBlockOpen(string text, string inner, TemplateLocation location, List<TemplateProblem> problems)
    {
        var expression = ParseExpression(inner, text, location, problems);
        if (expression is null) return null;
        if (!HelperSignature.All.TryGetValue(expression.Head, out var helper) || !helper.IsBlock)
        {
            problems.Add(new(ProblemCode.UnknownBlockHelper,
                $"Khối '{expression.Head}' không tồn tại; chỉ dùng #each, #if, #unless, #with.", location, text));
            return null;
        }
        if (expression.BlockParams.Count > 0 && expression.Head != "each" && expression.Head != "with")
        {
            problems.Add(new(ProblemCode.UnparsableExpression, "Chỉ #each và #with nhận 'as |…|'.", location, text));
            return null;
        }
        return CheckHelper(expression, text, location, problems) ? new Tag(text, TagKind.BlockOpen, expression.Head, expression) : null;
    }

    private static ParsedExpression? ParseExpression(string inner, string rawText, TemplateLocation location, List<TemplateProblem> problems)
    {
        var expression = ExpressionParser.TryParse(inner, out var error);
        if (expression is null)
            problems.Add(new(ProblemCode.UnparsableExpression, $"Không hiểu được biểu thức ({error}).", location, rawText));
        return expression;
    }

    private static bool CheckHelper(ParsedExpression expression, string rawText, TemplateLocation location, List<TemplateProblem> problems)
    {
        var ok = true;
        foreach (var call in new[] { expression }.Concat(expression.SubExpressions()))
        {
            if (!HelperSignature.All.TryGetValue(call.Head, out var helper))
            {
                problems.Add(new(ProblemCode.UnknownHelper, $"Hàm '{call.Head}' không tồn tại.", location, rawText));
                ok = false;
                continue;
            }
            var count = call.PositionalCount;
            if (count < helper.MinArguments || count > helper.MaxArguments)
            {
                var expected = helper.MinArguments == helper.MaxArguments ? $"{helper.MinArguments}" : $"{helper.MinArguments}–{helper.MaxArguments}";
                problems.Add(new(ProblemCode.WrongArgumentCount, $"Hàm '{call.Head}' cần {expected} tham số, thẻ có {count}.", location, rawText));
                ok = false;
            }
        }
        return ok;
    }
}

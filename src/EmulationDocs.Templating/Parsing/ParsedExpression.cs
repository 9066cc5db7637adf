namespace EmulationDocs.Templating.Parsing;

/// <summary>An argument of an expression: a path, a literal, a hash pair or a sub-expression.</summary>
internal abstract record ExpressionArgument;

internal sealed record PathArgument(string Path) : ExpressionArgument;

internal sealed record LiteralArgument(string Text) : ExpressionArgument;

internal sealed record HashArgument(string Key, ExpressionArgument Value) : ExpressionArgument;

internal sealed record SubExpression(ParsedExpression Expression) : ExpressionArgument;

/// <summary>
/// <c>head arg1 arg2 key=value</c>: when there are arguments, <see cref="Head"/> names a helper;
/// alone, it is a value path (or a helper without arguments).
/// </summary>
internal sealed record ParsedExpression(string Head, IReadOnlyList<ExpressionArgument> Arguments, IReadOnlyList<string> BlockParams)
{
    public int PositionalCount => Arguments.Count(a => a is not HashArgument);

    public IEnumerable<ParsedExpression> SubExpressions() =>
        Arguments.SelectMany(a => a switch
        {
            SubExpression s => new[] { s.Expression }.Concat(s.Expression.SubExpressions()),
            HashArgument { Value: SubExpression h } => new[] { h.Expression }.Concat(h.Expression.SubExpressions()),
            _ => [],
        });
}

namespace EmulationDocs.Templating.Parsing;

public enum TagKind
{
    /// <summary><c>{{value}}</c> or <c>{{helper arg}}</c>.</summary>
    Expression,
    /// <summary><c>{{#each items}}</c>.</summary>
    BlockOpen,
    /// <summary><c>{{else}}</c>.</summary>
    Else,
    /// <summary><c>{{/each}}</c>.</summary>
    BlockClose,
    /// <summary><c>{{! note }}</c>: removed from the output.</summary>
    Comment,
}

/// <summary>A Handlebars tag found in a paragraph's text.</summary>
/// <param name="Text">The tag as written, braces included, quotes normalised.</param>
/// <param name="Kind">What the tag does.</param>
/// <param name="Name">Block or helper name (<c>each</c>, <c>vnDate</c>), or null for a plain value.</param>
/// <param name="Expression">The parsed expression (arguments of a block or a helper), null for else/close/comment.</param>
internal sealed record Tag(string Text, TagKind Kind, string? Name, ParsedExpression? Expression);

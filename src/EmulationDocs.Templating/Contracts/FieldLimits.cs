namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// How long a value may be when its contract field sets no <c>maxLength</c> / <c>maxItems</c>: generous for real
/// documents (a 60-page plan, a province's list of awardees), small enough that one request cannot make every page
/// listing it huge.
/// </summary>
public static class FieldLimits
{
    /// <summary>Characters of a <c>string</c> (one line: a name, a title, a number).</summary>
    public const int String = 2_000;

    /// <summary>Characters of a <c>text</c> (several lines).</summary>
    public const int Text = 20_000;

    /// <summary>Characters of a <c>markdown</c> body.</summary>
    public const int Markdown = 200_000;

    /// <summary>Characters of an <c>image</c> data URI (about 1.5 MB of picture).</summary>
    public const int Image = 2_000_000;

    /// <summary>Elements of an <c>array</c>.</summary>
    public const int Items = 20_000;

    /// <summary>The default for a text type, or null for types without a length.</summary>
    public static int? DefaultLength(string type) => type switch
    {
        FieldTypes.String => String,
        FieldTypes.Text => Text,
        FieldTypes.Markdown => Markdown,
        FieldTypes.Image => Image,
        _ => null,
    };
}

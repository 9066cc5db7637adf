namespace EmulationDocs.Templating.Contracts;

/// <summary>The value types a data contract field may declare (see templates/README.md).</summary>
public static class FieldTypes
{
    /// <summary>One line of text.</summary>
    public const string String = "string";

    /// <summary>Several lines of plain text; line breaks are kept.</summary>
    public const string Text = "text";

    /// <summary>Body text with paragraphs, items and emphasis, rendered by <c>{{markdown …}}</c>.</summary>
    public const string Markdown = "markdown";

    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    public const string Date = "date";

    public const string Integer = "integer";
    public const string Number = "number";
    public const string Boolean = "boolean";

    /// <summary>A data URI of a PNG or JPEG image.</summary>
    public const string Image = "image";

    /// <summary>A list; <c>items</c> gives the type of its elements.</summary>
    public const string Array = "array";

    /// <summary>A group of named fields; <c>fields</c> lists them.</summary>
    public const string Object = "object";

    public static IReadOnlyList<string> All { get; } = [String, Text, Markdown, Date, Integer, Number, Boolean, Image, Array, Object];
}

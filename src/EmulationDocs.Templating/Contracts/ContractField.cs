using System.Text.Json.Serialization;

namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// One field of a data contract. <see cref="Label"/> (and <see cref="Description"/>) are Vietnamese:
/// the web form shows them to clerks.
/// </summary>
public sealed record ContractField(string Name, string Type, bool Required, string Label)
{
    /// <summary>Help text shown under the form field; optional.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The only values allowed, for fields with a fixed vocabulary; optional.</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>Element type of an <c>array</c> field.</summary>
    [JsonPropertyName("items")]
    public ContractItems? Items { get; init; }

    /// <summary>Most characters of a text value; optional (default <see cref="FieldLimits.DefaultLength"/>).</summary>
    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; init; }

    /// <summary>Most elements of an <c>array</c> value; optional (default <see cref="FieldLimits.Items"/>).</summary>
    [JsonPropertyName("maxItems")]
    public int? MaxItems { get; init; }

    /// <summary>Fields of an <c>object</c> field.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<ContractField>? Fields { get; init; }

    public static ContractField Of(string name, string type, bool required, string label, string? description = null) =>
        new(name, type, required, label) { Description = description };

    public static ContractField List(string name, bool required, string label, ContractItems items, string? description = null) =>
        new(name, FieldTypes.Array, required, label) { Items = items, Description = description };

    public static ContractField Group(string name, bool required, string label, params ContractField[] fields) =>
        new(name, FieldTypes.Object, required, label) { Fields = fields };
}

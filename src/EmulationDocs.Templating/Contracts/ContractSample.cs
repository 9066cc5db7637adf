using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// Data that fills every field a contract declares, optional ones included, with a value of its type (the first allowed
/// value where the field has a vocabulary, one item per list). Rendering a template strictly with it names every tag
/// the contract does not declare: the check that a template and its contract belong together.
/// </summary>
public static class ContractSample
{
    /// <summary>A 1×1 PNG: the smallest picture the image helper accepts.</summary>
    private const string Pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static JsonElement For(DataContract contract) => JsonSerializer.SerializeToElement(Object(contract.Fields));

    private static JsonObject Object(IEnumerable<ContractField> fields)
    {
        var result = new JsonObject();
        foreach (var field in fields)
            result[field.Name] = Value(field.Type, field.Values, field.Items, field.Fields, field.Label);
        return result;
    }

    private static JsonNode Value(string type, IReadOnlyList<string>? values, ContractItems? items, IReadOnlyList<ContractField>? fields, string label) => type switch
    {
        _ when values is { Count: > 0 } => JsonValue.Create(values[0]),
        FieldTypes.Date => JsonValue.Create("2025-01-01"),
        FieldTypes.Integer => JsonValue.Create(1),
        FieldTypes.Number => JsonValue.Create(1.5),
        FieldTypes.Boolean => JsonValue.Create(true),
        FieldTypes.Image => JsonValue.Create(Pixel),
        FieldTypes.Object => Object(fields ?? []),
        FieldTypes.Array => new JsonArray(items is null ? JsonValue.Create(label) : Value(items.Type, null, null, items.Fields, label)),
        _ => JsonValue.Create(label),
    };
}

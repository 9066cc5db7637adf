using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationDocs.Templating.Contracts.Validation;

/// <summary>Supplies absent optional fields as null, at every depth, so strict rendering accepts data that meets its contract.</summary>
internal static class ContractDefaults
{
    public static JsonElement Apply(IReadOnlyList<ContractField> fields, JsonElement data)
    {
        var node = JsonNode.Parse(data.GetRawText());
        if (node is JsonObject obj) Fill(fields, obj);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void Fill(IReadOnlyList<ContractField> fields, JsonObject obj)
    {
        foreach (var field in fields)
        {
            if (!obj.TryGetPropertyValue(field.Name, out var value))
            {
                if (!field.Required) obj[field.Name] = null;
                continue;
            }
            if (field.Type == FieldTypes.Object && value is JsonObject nested) Fill(field.Fields ?? [], nested);
            else if (field.Type == FieldTypes.Array && value is JsonArray array && field.Items?.Fields is { } itemFields)
                foreach (var item in array.OfType<JsonObject>()) Fill(itemFields, item);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// What data a template expects (the <c>.contract.json</c> beside it). Validates data, listing
/// every violation, and supplies absent optional fields as null so strict rendering accepts them.
/// </summary>
public sealed class DataContract
{
    private static readonly HashSet<string> KnownTypes = ["string", "text", "markdown", "date", "integer", "number", "boolean", "image", "array", "object"];

    private DataContract(string name, IReadOnlyList<ContractField> fields)
    {
        Name = name;
        Fields = fields;
    }

    public string Name { get; }

    public IReadOnlyList<ContractField> Fields { get; }

    /// <summary>Parses a contract file; an invalid one throws <see cref="FormatException"/> naming the field.</summary>
    public static DataContract Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The contract is not valid JSON: {ex.Message}", ex);
        }
        if (root is not JsonObject obj || obj["fields"] is not JsonArray fields)
            throw new FormatException("A contract is an object with a \"fields\" array.");
        return new DataContract((string?)obj["name"] ?? "", ParseFields(fields, ""));
    }

    public static DataContract Load(string path) => Parse(File.ReadAllText(path));

    private static List<ContractField> ParseFields(JsonArray fields, string parent) =>
        fields.Select(f => ParseField(f as JsonObject ?? throw new FormatException($"{parent}: every field is an object."), parent)).ToList();

    private static ContractField ParseField(JsonObject field, string parent)
    {
        var name = (string?)field["name"];
        var path = parent.Length == 0 ? name : $"{parent}.{name}";
        var type = (string?)field["type"] ?? throw new FormatException($"Field '{path}' has no type.");
        if (string.IsNullOrEmpty(name) && parent.EndsWith("[]", StringComparison.Ordinal) is false)
            throw new FormatException($"A field of '{parent}' has no name.");
        if (!KnownTypes.Contains(type)) throw new FormatException($"Field '{path}' has unknown type '{type}'.");
        var items = field["items"] is JsonObject itemObject ? ParseField(itemObject, $"{path}[]") : null;
        if (type == "array" && items is null) throw new FormatException($"Array field '{path}' does not describe its items.");
        var members = field["fields"] is JsonArray nested ? ParseFields(nested, path ?? "") : [];
        return new ContractField(name ?? "", type, (bool?)field["required"] ?? false, (string?)field["label"], items, members);
    }

    /// <summary>Every violation of the contract, in field order; empty when the data is valid.</summary>
    public IReadOnlyList<ContractViolation> Validate(JsonElement data)
    {
        var violations = new List<ContractViolation>();
        if (data.ValueKind != JsonValueKind.Object) violations.Add(new("", "Dữ liệu phải là một đối tượng JSON."));
        else ValidateMembers(Fields, data, "", violations);
        return violations;
    }

    /// <summary>The data with absent optional fields (at every depth) set to null.</summary>
    public JsonElement WithDefaults(JsonElement data)
    {
        var node = JsonNode.Parse(data.GetRawText())!;
        if (node is JsonObject obj) FillDefaults(Fields, obj);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void FillDefaults(IReadOnlyList<ContractField> fields, JsonObject obj)
    {
        foreach (var field in fields)
        {
            if (!obj.ContainsKey(field.Name))
            {
                if (!field.Required) obj[field.Name] = null;
                continue;
            }
            FillNested(field, obj[field.Name]);
        }
    }

    private static void FillNested(ContractField field, JsonNode? value)
    {
        if (field.Type == "object" && value is JsonObject nested) FillDefaults(field.Fields, nested);
        else if (field.Type == "array" && value is JsonArray array && field.Items is { } items)
            foreach (var item in array) FillNested(items, item);
    }

    private static void ValidateMembers(IReadOnlyList<ContractField> fields, JsonElement obj, string parent, List<ContractViolation> violations)
    {
        foreach (var field in fields)
        {
            var path = parent.Length == 0 ? field.Name : $"{parent}.{field.Name}";
            var label = field.Label is null ? "" : $" ({field.Label})";
            if (!obj.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required) violations.Add(new(path, $"Thiếu trường bắt buộc{label}."));
                continue;
            }
            ValidateValue(field, value, path, label, violations);
        }
        var known = fields.Select(f => f.Name).ToHashSet();
        foreach (var property in obj.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            var path = parent.Length == 0 ? property.Name : $"{parent}.{property.Name}";
            violations.Add(new(path, "Trường không có trong mẫu (không rõ trường này)."));
        }
    }

    private static void ValidateValue(ContractField field, JsonElement value, string path, string label, List<ContractViolation> violations)
    {
        switch (field.Type)
        {
            case "string" or "text" or "markdown" or "image":
                if (value.ValueKind != JsonValueKind.String) violations.Add(new(path, $"Phải là chuỗi ký tự{label}."));
                else if (field.Required && value.GetString()!.Trim().Length == 0) violations.Add(new(path, $"Không được để trống{label}."));
                else if (field.Type == "image" && !value.GetString()!.StartsWith("data:image/", StringComparison.Ordinal))
                    violations.Add(new(path, $"Phải là ảnh PNG/JPEG dạng data URI{label}."));
                break;
            case "date":
                if (value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    violations.Add(new(path, $"Phải là ngày dạng yyyy-MM-dd{label}."));
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _)) violations.Add(new(path, $"Phải là số nguyên{label}."));
                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number) violations.Add(new(path, $"Phải là số{label}."));
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) violations.Add(new(path, $"Phải là đúng/sai (true/false){label}."));
                break;
            case "object":
                if (value.ValueKind != JsonValueKind.Object) violations.Add(new(path, $"Phải là một đối tượng{label}."));
                else ValidateMembers(field.Fields, value, path, violations);
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array) { violations.Add(new(path, $"Phải là một danh sách{label}.")); break; }
                if (field.Required && value.GetArrayLength() == 0) violations.Add(new(path, $"Danh sách không được rỗng{label}."));
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Null) violations.Add(new(itemPath, "Phần tử rỗng."));
                    else ValidateValue(field.Items!, item, itemPath, "", violations);
                }
                break;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>How one contract field is edited in a form.</summary>
public enum FormInput
{
    Text,
    TextArea,
    Date,
    Integer,
    Number,
    Checkbox,
    Choice,
    /// <summary>An array of strings: one item per line.</summary>
    Lines,
    /// <summary>Anything the form cannot edit field by field yet (arrays of objects: award candidate lists): raw JSON.</summary>
    Json,
    Group,
}

/// <summary>One input of a generated form; <see cref="Key"/> is the form field name, a dotted path into the data.</summary>
public sealed record FormField(string Key, string Label, string? Description, FormInput Input, bool Required, string Value,
    IReadOnlyList<string> Choices, IReadOnlyList<FormField> Children);

/// <summary>
/// A form generated from a template's data contract, and the reverse: the posted form back into document data. Fields the
/// registry or the engine fill (number, date of issue, signature) are still shown, since the contract does not say who
/// fills what; the engine overwrites them at their step.
/// </summary>
public static class ContractForm
{
    public const string Prefix = "doc";

    public static IReadOnlyList<FormField> Fields(DataContract contract, JsonObject? values) =>
        contract.Fields.Select(f => Field(f, Prefix, values)).ToList();

    private static FormField Field(ContractField field, string prefix, JsonObject? values)
    {
        var key = $"{prefix}.{field.Name}";
        var value = values?[field.Name];
        if (field.Type == FieldTypes.Object && field.Fields is { } children)
            return new FormField(key, field.Label, field.Description, FormInput.Group, field.Required, "", [],
                children.Select(c => Field(c, key, value as JsonObject)).ToList());
        var input = InputFor(field);
        var text = input switch
        {
            FormInput.Lines => value is JsonArray lines ? string.Join("\n", lines.Select(l => l?.GetValue<string>() ?? "")) : "",
            FormInput.Json => value?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "",
            FormInput.Checkbox => value?.GetValueKind() == JsonValueKind.True ? "true" : "",
            _ => value is JsonValue scalar ? (scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString()) : "",
        };
        return new FormField(key, field.Label, field.Description, input, field.Required, text, field.Values ?? [], []);
    }

    private static FormInput InputFor(ContractField field) => field.Type switch
    {
        FieldTypes.Text or FieldTypes.Markdown => FormInput.TextArea,
        FieldTypes.Date => FormInput.Date,
        FieldTypes.Integer => FormInput.Integer,
        FieldTypes.Number => FormInput.Number,
        FieldTypes.Boolean => FormInput.Checkbox,
        FieldTypes.Array when field.Items?.Type is FieldTypes.String or FieldTypes.Text => FormInput.Lines,
        FieldTypes.Array or FieldTypes.Object or FieldTypes.Image => FormInput.Json,
        _ when field.Values is { Count: > 0 } => FormInput.Choice,
        _ => FormInput.Text,
    };

    /// <summary>
    /// The posted form as document data. Empty inputs are left out, so a required field left empty is reported by the
    /// contract as missing rather than as a wrong empty value. Problems of the form itself (a number or JSON that does not
    /// parse) are returned with the field's label.
    /// </summary>
    public static (JsonObject Data, IReadOnlyList<string> Problems) Read(DataContract contract, IFormCollection form)
    {
        var problems = new List<string>();
        var data = ReadFields(contract.Fields, Prefix, form, problems);
        return (data, problems);
    }

    private static JsonObject ReadFields(IEnumerable<ContractField> fields, string prefix, IFormCollection form, List<string> problems)
    {
        var data = new JsonObject();
        foreach (var field in fields)
        {
            var key = $"{prefix}.{field.Name}";
            if (field.Type == FieldTypes.Object && field.Fields is { } children)
            {
                var group = ReadFields(children, key, form, problems);
                if (group.Count > 0) data[field.Name] = group;
                continue;
            }
            var raw = form[key].ToString();
            var input = InputFor(field);
            if (input == FormInput.Checkbox)
            {
                data[field.Name] = raw.Contains("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var node = Parse(input, raw.Trim());
            if (node is null) problems.Add($"{field.Label}: giá trị không hợp lệ.");
            else data[field.Name] = node;
        }
        return data;
    }

    private static JsonNode? Parse(FormInput input, string raw)
    {
        switch (input)
        {
            case FormInput.Integer:
                return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : null;
            case FormInput.Number:
                return decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;
            case FormInput.Lines:
                return new JsonArray(raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
            case FormInput.Json:
                try
                {
                    return JsonNode.Parse(raw);
                }
                catch (JsonException)
                {
                    return null;
                }
            default:
                // Browsers post line breaks as CRLF; the template engine turns "\n" into Word line breaks.
                return JsonValue.Create(raw.Replace("\r\n", "\n"));
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Web.Features.Tables;

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
    /// <summary>A list of objects: one row per item, one input per property (<see cref="FormField.Table"/>).</summary>
    Table,
    /// <summary>Anything the form cannot edit field by field (images, lists nested deeper than a table shows): raw JSON.</summary>
    Json,
    Group,
    /// <summary>Written by the engine at signing, issuing or a council vote: shown, never typed.</summary>
    FilledLater,
}

public sealed record FormChoice(string Value, string Label);

/// <summary>One input of a generated form; <see cref="Key"/> is the form field name, a dotted path into the data.</summary>
public sealed record FormField(string Key, string Label, string? Description, FormInput Input, bool Required, string Value,
    IReadOnlyList<FormChoice> Choices, IReadOnlyList<FormField> Children)
{
    public FormTable? Table { get; init; }
}

/// <summary>A table editor: its columns and the current rows (cell text by column key).</summary>
/// <param name="Template">The template whose contract holds the list: the sample sheet and the import are per template and list.</param>
public sealed record FormTable(IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string? Template)
{
    /// <summary>Blank rows shown after the filled ones, so a list can be entered without JavaScript.</summary>
    public const int BlankRows = 2;

    public string FieldName(string tableKey, int row, FormColumn column) => $"{tableKey}[{row}].{column.Key}";
}

public sealed record FormColumn(string Key, string Label, string? Description, FormInput Input, bool Required, IReadOnlyList<FormChoice> Choices);

/// <summary>
/// A form generated from a template's data contract, and the reverse: the posted form back into document data. Fields the
/// engine writes in the document's chain (<see cref="FormContext"/>) are shown as filled later and never required.
/// </summary>
public static partial class ContractForm
{
    public const string Prefix = "doc";

    /// <param name="prefix">The form keys' first segment: <see cref="Prefix"/>, or the document role when a page edits several documents.</param>
    public static IReadOnlyList<FormField> Fields(DataContract contract, JsonObject? values, FormContext? context = null, string? template = null,
        IReadOnlyDictionary<string, int>? extraRows = null, string prefix = Prefix) =>
        contract.Fields.Select(f => Field(f, prefix, values, context ?? FormContext.None, template, extraRows)).ToList();

    /// <summary>The data path of a form key: <c>doc.signature.name</c> (or <c>minutes.chair.name</c>) → <c>signature.name</c>.</summary>
    public static string PathOf(string key) => key[(key.IndexOf('.') + 1)..];

    /// <summary>The prefix of a form key: <c>minutes.attendees</c> → <c>minutes</c>.</summary>
    public static string PrefixOf(string key) => key.Contains('.') ? key[..key.IndexOf('.')] : "";

    private static FormField Field(ContractField field, string prefix, JsonObject? values, FormContext context, string? template,
        IReadOnlyDictionary<string, int>? extraRows)
    {
        var key = $"{prefix}.{field.Name}";
        var path = PathOf(key);
        var value = values?[field.Name];
        var required = field.Required && !context.IsEngineWritten(path);
        if (context.IsNeverTyped(path))
            return new FormField(key, field.Label, field.Description, FormInput.FilledLater, false, "", [], []);
        if (field.Type == FieldTypes.Object && field.Fields is { } children)
            return new FormField(key, field.Label, field.Description, FormInput.Group, required, "", [],
                children.Select(c => Field(c, key, value as JsonObject, context, template, extraRows)).ToList());
        var input = InputFor(field);
        if (input == FormInput.Table && TableShape.Of(field) is { } shape)
        {
            var table = Table(shape, path, value as JsonArray, context, template);
            var blank = FormTable.BlankRows + (extraRows?.GetValueOrDefault(key) ?? 0);
            return new FormField(key, field.Label, field.Description, input, required, "", [], [])
            {
                Table = table with { Rows = [.. table.Rows, .. Enumerable.Repeat(new Dictionary<string, string>(), blank)] },
            };
        }
        var text = input switch
        {
            FormInput.Lines => value is JsonArray lines ? string.Join("\n", lines.Select(l => l?.GetValue<string>() ?? "")) : "",
            FormInput.Json => value?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "",
            FormInput.Checkbox => value?.GetValueKind() == JsonValueKind.True ? "true" : "",
            _ => CellText(value),
        };
        return new FormField(key, field.Label, field.Description, input, required, text, Choices(field.Values ?? [], text), []);
    }

    private static FormTable Table(TableShape shape, string path, JsonArray? value, FormContext context, string? template)
    {
        var rows = shape.Rows(value).Select(r => (IReadOnlyDictionary<string, string>)r.ToDictionary(c => c.Key, c => CellText(c.Value))).ToList();
        var columns = shape.Columns.Select(c =>
        {
            var vocabulary = c.Field.Values ?? context.Vocabulary($"{path}.{c.Key}");
            var present = rows.Select(r => r.GetValueOrDefault(c.Key, "")).Where(v => v.Length > 0);
            return new FormColumn(c.Key, c.Field.Label, c.Field.Description, vocabulary.Count > 0 ? FormInput.Choice : InputFor(c.Field), c.Field.Required,
                vocabulary.Count > 0 ? Choices([.. vocabulary, .. present.Where(p => !vocabulary.Contains(p))], "") : []);
        }).ToList();
        return new FormTable(columns, rows, template);
    }

    /// <summary>The allowed values, and a value already in the data even if it is not among them, so nothing is lost.</summary>
    private static IReadOnlyList<FormChoice> Choices(IReadOnlyList<string> values, string current) =>
        values.Concat(current.Length > 0 && values.Count > 0 && !values.Contains(current) ? [current] : [])
            .Select(v => new FormChoice(v, ChoiceLabels.For(v))).ToList();

    private static string CellText(JsonNode? value) =>
        value is JsonValue scalar ? (scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString()) : "";

    private static FormInput InputFor(ContractField field) => field.Type switch
    {
        FieldTypes.Text or FieldTypes.Markdown => FormInput.TextArea,
        FieldTypes.Date => FormInput.Date,
        FieldTypes.Integer => FormInput.Integer,
        FieldTypes.Number => FormInput.Number,
        FieldTypes.Boolean => FormInput.Checkbox,
        FieldTypes.Array when field.Items?.Type is FieldTypes.String or FieldTypes.Text => FormInput.Lines,
        FieldTypes.Array when TableShape.Of(field) is not null => FormInput.Table,
        FieldTypes.Array or FieldTypes.Object or FieldTypes.Image => FormInput.Json,
        _ when field.Values is { Count: > 0 } => FormInput.Choice,
        _ => FormInput.Text,
    };

    /// <summary>
    /// The posted form as document data. Empty inputs are left out, so a required field left empty is reported by the
    /// contract as missing rather than as a wrong empty value; so are table rows left entirely blank. Problems of the form
    /// itself (a number or JSON that does not parse) are returned with the field's label.
    /// </summary>
    public static (JsonObject Data, IReadOnlyList<string> Problems) Read(DataContract contract, IFormCollection form, FormContext? context = null,
        string prefix = Prefix)
    {
        var problems = new List<string>();
        var data = ReadFields(contract.Fields, prefix, form, context ?? FormContext.None, problems);
        return (data, problems);
    }

    private static JsonObject ReadFields(IEnumerable<ContractField> fields, string prefix, IFormCollection form, FormContext context, List<string> problems)
    {
        var data = new JsonObject();
        foreach (var field in fields)
        {
            var key = $"{prefix}.{field.Name}";
            if (context.IsNeverTyped(PathOf(key))) continue;
            if (field.Type == FieldTypes.Object && field.Fields is { } children)
            {
                var group = ReadFields(children, key, form, context, problems);
                if (group.Count > 0) data[field.Name] = group;
                continue;
            }
            var input = InputFor(field);
            if (input == FormInput.Table && TableShape.Of(field) is { } shape)
            {
                var list = shape.List(ReadRows(shape, key, form, problems));
                if (list.Count > 0) data[field.Name] = list;
                else if (form.Keys.Any(k => k.StartsWith(key + "[", StringComparison.Ordinal))) data[field.Name] = null;
                continue;
            }
            var raw = form[key].ToString();
            if (input == FormInput.Checkbox)
            {
                data[field.Name] = raw.Contains("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            // Posted but empty: the clerk cleared it, and a saved draft must lose the old value (null clears, see DocumentMerge).
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (form.ContainsKey(key)) data[field.Name] = null;
                continue;
            }
            var node = Parse(input, raw.Trim());
            if (node is null) problems.Add($"{field.Label}: giá trị không hợp lệ.");
            else data[field.Name] = node;
        }
        return data;
    }

    /// <summary>Rows posted as <c>doc.list[i].column</c>, in index order (rows removed in the browser leave gaps).</summary>
    private static List<IReadOnlyDictionary<string, JsonNode?>> ReadRows(TableShape shape, string key, IFormCollection form, List<string> problems)
    {
        var indices = form.Keys.Select(k => RowKey().Match(k)).Where(m => m.Success && m.Groups["table"].Value == key)
            .Select(m => int.Parse(m.Groups["row"].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var rows = new List<IReadOnlyDictionary<string, JsonNode?>>();
        foreach (var index in indices)
        {
            var cells = shape.Columns.ToDictionary(c => c, c => form[$"{key}[{index}].{c.Key}"].ToString().Trim());
            if (cells.Values.All(v => v.Length == 0)) continue;
            var row = new Dictionary<string, JsonNode?>();
            foreach (var (column, raw) in cells.Where(c => c.Value.Length > 0))
            {
                var node = Parse(InputFor(column.Field), raw);
                if (node is null) problems.Add($"{shape.Field.Label}, dòng {rows.Count + 1}, cột «{column.Field.Label}»: giá trị không hợp lệ.");
                else row[column.Key] = node;
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A cell or input's text as a value of its field's type; null when it does not parse.</summary>
    public static JsonNode? ParseValue(ContractField field, string raw) => Parse(InputFor(field), raw.Trim());

    private static JsonNode? Parse(FormInput input, string raw)
    {
        switch (input)
        {
            case FormInput.Integer:
                return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : null;
            case FormInput.Number:
                return decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;
            case FormInput.Checkbox:
                return raw.ToLowerInvariant() switch
                {
                    "true" or "có" or "x" or "1" => JsonValue.Create(true),
                    "false" or "không" or "0" => JsonValue.Create(false),
                    _ => null,
                };
            case FormInput.Date:
                return DateOnly.TryParseExact(raw, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null;
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

    [GeneratedRegex(@"^(?<table>.+)\[(?<row>\d{1,4})\]\.[^\[\]]+$")]
    private static partial Regex RowKey();
}

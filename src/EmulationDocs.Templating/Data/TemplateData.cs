using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationDocs.Templating.Data;

/// <summary>
/// The data a template is rendered with: a JSON object. Parsed once, then reusable for any
/// number of renders.
/// </summary>
public sealed class TemplateData
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private TemplateData(DataObject root) => Root = root;

    internal DataObject Root { get; }

    public static TemplateData FromJson(string json) => Parse(() => JsonDocument.Parse(json, Options));

    public static TemplateData FromJson(Stream json) => Parse(() => JsonDocument.Parse(json, Options));

    private static TemplateData Parse(Func<JsonDocument> parse)
    {
        try
        {
            using var document = parse();
            return FromElement(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    public static TemplateData FromNode(JsonObject node) => FromElement(JsonSerializer.SerializeToElement(node));

    public static TemplateData FromElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new TemplateDataException($"The data must be a JSON object, not {element.ValueKind}.", "Dữ liệu phải là một đối tượng JSON { … }.");
        return new TemplateData((DataObject)Convert(element, "")!);
    }

    private static object? Convert(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => new DataObject(path, element.EnumerateObject().ToDictionary(
            p => p.Name, p => Convert(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}"), StringComparer.Ordinal)),
        JsonValueKind.Array => element.EnumerateArray().Select((item, i) => Convert(item, $"{path}[{i}]")).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.TryGetDecimal(out var exact) ? exact : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static TemplateDataException Malformed(JsonException ex) =>
        new($"Malformed JSON data at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}",
            $"Dữ liệu JSON không hợp lệ (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).", ex);
}

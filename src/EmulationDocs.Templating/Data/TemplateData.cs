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
        return new TemplateData(ConvertObject(element, DataPath.Root));
    }

    // Paths are links, not strings, and only objects and arrays get one: a leaf needs none.
    private static object? Leaf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.TryGetDecimal(out var exact) ? exact : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static DataObject ConvertObject(JsonElement element, DataPath path)
    {
        var members = new Dictionary<string, object?>(element.GetPropertyCount(), StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            members.Add(property.Name, value.ValueKind switch
            {
                JsonValueKind.Object => ConvertObject(value, path.Member(property.Name)),
                JsonValueKind.Array => ConvertArray(value, path.Member(property.Name)),
                _ => Leaf(value),
            });
        }

        return new DataObject(path, members);
    }

    private static List<object?> ConvertArray(JsonElement element, DataPath path)
    {
        var items = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            items.Add(item.ValueKind switch
            {
                JsonValueKind.Object => ConvertObject(item, path.Item(items.Count)),
                JsonValueKind.Array => ConvertArray(item, path.Item(items.Count)),
                _ => Leaf(item),
            });
        }

        return items;
    }

    private static TemplateDataException Malformed(JsonException ex) =>
        new($"Malformed JSON data at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}",
            $"Dữ liệu JSON không hợp lệ (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).", ex);
}

using System.Text.Json.Nodes;

namespace EmulationDocs.Core.Documents;

/// <summary>
/// How edits to a document's data are applied: field by field, so a form that edits part of a document leaves the rest;
/// a field set to null is cleared (the clerk emptied the input); any other value replaces the stored one whole.
/// </summary>
public static class DocumentMerge
{
    public static void Apply(JsonObject document, JsonObject update)
    {
        foreach (var (name, value) in update)
        {
            if (WithoutNulls(value) is { } kept) document[name] = kept;
            else document.Remove(name);
        }
    }

    /// <summary>A copy without null members or items: stored data never holds "cleared" markers, only values.</summary>
    public static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        null => null,
        JsonObject members => new JsonObject(members.Where(m => m.Value is not null)
            .Select(m => KeyValuePair.Create(m.Key, WithoutNulls(m.Value))).Where(m => m.Value is not null)),
        JsonArray items => new JsonArray([.. items.Select(WithoutNulls).Where(i => i is not null)]),
        _ => node.DeepClone(),
    };
}

using System.Text.Json;
using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Core.Search;

/// <summary>
/// The folded text the documents list and the inbox search in, stored with the instance so that the database filters:
/// its title and the trích yếu (summary) of each of its documents. Kept bounded; a search rarely looks past the start.
/// </summary>
public static class InstanceSearchText
{
    public const int MaxLength = 2000;

    public static string Of(string title, string dataJson)
    {
        var text = SearchFolding.Fold(string.Join('\n', [title, .. Summaries(dataJson)]));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    /// <summary>The trích yếu of every document of the instance (data is keyed by document role).</summary>
    public static IReadOnlyList<string> Summaries(string dataJson)
    {
        using var data = JsonDocument.Parse(dataJson);
        if (data.RootElement.ValueKind != JsonValueKind.Object) return [];
        return data.RootElement.EnumerateObject()
            .Where(d => d.Value.ValueKind == JsonValueKind.Object && d.Value.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String)
            .Select(d => d.Value.GetProperty("summary").GetString()!).ToList();
    }

    /// <summary>Brings the stored text up to date before an instance is saved (new, or its title or data changed).</summary>
    public static void Refresh(WorkflowInstance instance) => instance.SearchText = Of(instance.Title, instance.DataJson);
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace EmulationDocs.Templating.Data;

/// <summary>
/// A JSON object as Handlebars sees it. It knows its own place (<c>items[2].agency</c>), so a
/// lookup of an absent member can be reported with its full path.
/// </summary>
internal sealed class DataObject(DataPath path, Dictionary<string, object?> members) : IReadOnlyDictionary<string, object?>
{
    public DataPath Path { get; } = path;

    public object? this[string key] => TryGetValue(key, out var value) ? value : null;

    public IEnumerable<string> Keys => members.Keys;

    public IEnumerable<object?> Values => members.Values;

    public int Count => members.Count;

    public bool ContainsKey(string key) => members.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (members.TryGetValue(key, out value)) return true;
        Rendering.RenderSession.Current?.RecordMissing(Path.Append(key));
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

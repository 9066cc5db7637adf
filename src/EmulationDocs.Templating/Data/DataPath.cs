using System.Text;

namespace EmulationDocs.Templating.Data;

/// <summary>
/// Where an object or array sits in the data (<c>items[2].agency</c>), kept as a link to its parent and
/// written out only when a missing value is reported: large data files read without a string per node.
/// </summary>
internal sealed class DataPath
{
    public static readonly DataPath Root = new(null, null, -1);

    private readonly DataPath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private DataPath(DataPath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    public DataPath Member(string name) => new(this, name, -1);

    public DataPath Item(int index) => new(this, null, index);

    /// <summary>The path of <paramref name="key"/> below this place.</summary>
    public string Append(string key)
    {
        var text = new StringBuilder();
        Write(text);
        if (text.Length > 0) text.Append('.');
        return text.Append(key).ToString();
    }

    private void Write(StringBuilder text)
    {
        if (_parent is null) return;
        _parent.Write(text);
        if (_member is null)
        {
            text.Append('[').Append(_index).Append(']');
            return;
        }

        if (text.Length > 0) text.Append('.');
        text.Append(_member);
    }
}

using EmulationDocs.Templating.Problems;

namespace EmulationDocs.Templating.Rendering;

/// <summary>A value the template printed or iterated and the data lacked.</summary>
/// <param name="Path">Full path in the data, e.g. <c>items[2].name</c>.</param>
/// <param name="Location">Where the tag that read it stands in the template.</param>
/// <param name="Tag">That tag as written, e.g. <c>{{name}}</c>; null when no tag is known (only the part).</param>
public sealed record MissingValue(string Path, TemplateLocation Location, string? Tag)
{
    /// <summary>Vietnamese, for users: "items[2].name (Thân văn bản, đoạn 5, thẻ {{name}})".</summary>
    public string Describe() => Tag is null ? $"{Path} ({Location.Describe()})" : $"{Path} ({Location.Describe()}, thẻ {Tag})";

    public override string ToString() => Describe();
}

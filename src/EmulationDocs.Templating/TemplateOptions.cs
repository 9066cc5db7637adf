using EmulationDocs.Templating.Packaging;

namespace EmulationDocs.Templating;

public sealed record TemplateOptions
{
    /// <summary>Bounds on the uploaded package (size, decompressed size, entry count).</summary>
    public PackageLimits Limits { get; init; } = PackageLimits.Default;

    public static TemplateOptions Default { get; } = new();
}

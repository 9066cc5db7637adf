namespace EmulationDocs.Templating.Rendering;

public sealed record RenderOptions
{
    /// <summary>Render absent values as empty instead of failing. Off by default: data is strict.</summary>
    public bool AllowMissingValues { get; init; }

    public static RenderOptions Strict { get; } = new();
}

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>A definition version as published; kept for as long as instances may run on it.</summary>
public sealed class PublishedDefinition
{
    public required string Id { get; init; }

    public int Version { get; init; }

    public required string Json { get; init; }

    public DateTime PublishedAt { get; init; }
}

namespace EmulationDocs.Core.Documents;

/// <summary>One rendered version of an instance's document, identified by its SHA-256; issued versions are frozen.</summary>
public sealed class DocumentVersion
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    /// <summary>Document role in the chain (<c>submission</c>, <c>minutes</c>, <c>decision</c>).</summary>
    public required string Role { get; init; }

    /// <summary>The unit whose document it is (each level of an award proposal has its own).</summary>
    public required string UnitId { get; init; }

    public int Version { get; init; }

    public required string Template { get; init; }

    public required string Hash { get; init; }

    public required byte[] Content { get; init; }

    public bool Frozen { get; init; }

    /// <summary>Number and symbol once issued, e.g. <c>05/CT-UBND</c>.</summary>
    public string? Reference { get; init; }

    public DateTime CreatedAt { get; init; }
}

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// One level of the organisation tree, e.g. <c>province</c>. Stored so that the engine can ask
/// which levels exist and how they are ordered without knowing the tree's era (four levels before
/// 1 July 2025, three since).
/// </summary>
public sealed class OrgLevel
{
    /// <summary>Level name as units refer to it, e.g. <c>commune</c>.</summary>
    public required string Name { get; init; }

    /// <summary>0 for the top level (the province); each level below adds one.</summary>
    public int Rank { get; set; }
}

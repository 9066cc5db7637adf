namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// One transition as it is prepared: the moment it happens (every row it writes carries the same time) and the registry
/// numbers its documents were rendered with, taken only when the transition writes.
/// </summary>
internal sealed class Transition(DateTime now)
{
    public DateTime Now { get; } = now;

    public NumberClaims Numbers { get; } = new();

    /// <summary>How many document versions were rendered while preparing it.</summary>
    public int Rendered { get; set; }
}

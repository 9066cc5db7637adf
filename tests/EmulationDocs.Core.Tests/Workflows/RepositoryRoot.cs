using EmulationDocs.Testing;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>The checkout's workflows and templates, and the level names the definition tests load them with.</summary>
internal static class RepositoryRoot
{
    public static string Workflows => RepositoryPaths.Workflows;

    public static string Templates => RepositoryPaths.Templates;

    /// <summary>The levels of the seeds' four-level tree; today's tree uses a subset of them.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["unit", "commune", "district", "province"];
}

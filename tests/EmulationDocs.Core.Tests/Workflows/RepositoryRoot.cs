namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>The checkout the tests run from, found by walking up to EmulationDocs.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Workflows => System.IO.Path.Combine(Path, "workflows");

    public static string Templates => System.IO.Path.Combine(Path, "templates");

    /// <summary>The levels of the seeds' four-level tree; today's tree uses a subset of them.</summary>
    public static IReadOnlyList<string> Levels { get; } = ["unit", "commune", "district", "province"];

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "EmulationDocs.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No EmulationDocs.sln above {AppContext.BaseDirectory}.");
    }
}

namespace EmulationDocs.Core.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The directory holding EmulationDocs.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string DemoOrganisation(string fileName) => Path.Combine(Root, "samples", "organisation", fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmulationDocs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No EmulationDocs.sln above {AppContext.BaseDirectory}.");
    }
}

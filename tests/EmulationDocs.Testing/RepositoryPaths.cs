namespace EmulationDocs.Testing;

/// <summary>Where the repository and the shared material beside it are, wherever the test binaries run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The directory holding EmulationDocs.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Workflows => Path.Combine(Root, "workflows");

    /// <summary>A demo organisation file of <c>samples/organisation</c>.</summary>
    public static string DemoOrganisation(string fileName) => Path.Combine(Samples, "organisation", fileName);

    /// <summary>The read-only material shared between the project's checkouts: the directory <c>shared</c> beside the repository root.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new DirectoryNotFoundException($"The shared material (seed documents, domain notes) is missing: expected the directory {shared} beside the repository root.");
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmulationDocs.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No EmulationDocs.sln above {AppContext.BaseDirectory}.");
    }
}

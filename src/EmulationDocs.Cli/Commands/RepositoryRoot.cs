namespace EmulationDocs.Cli.Commands;

/// <summary>The repository root (the folder holding EmulationDocs.sln), where templates/, workflows/ and samples/ live.</summary>
internal static class RepositoryRoot
{
    public static DirectoryInfo? Above(DirectoryInfo start)
    {
        for (var directory = start; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmulationDocs.sln"))) return directory;
        }
        return Directory.Exists(Path.Combine(Environment.CurrentDirectory, "templates")) ? new DirectoryInfo(Environment.CurrentDirectory) : null;
    }
}

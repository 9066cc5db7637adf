using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Where the product finds its database, templates, workflows and demo organisation. Every path is configurable;
/// the defaults point into the repository (found by walking up to EmulationDocs.sln) so that
/// <c>dotnet run --project src/EmulationDocs.Web</c> works from a fresh clone with nothing configured.
/// </summary>
public sealed class ProductPaths
{
    public ProductPaths(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = FindRepositoryRoot(environment.ContentRootPath);
        string FromRepository(string key, params string[] parts) =>
            configuration[key] is { Length: > 0 } configured
                ? Path.GetFullPath(configured, environment.ContentRootPath)
                : Path.Combine([root ?? throw new InvalidOperationException($"Set '{key}': EmulationDocs.sln was not found above {environment.ContentRootPath}."), .. parts]);

        Templates = FromRepository("Templates:Directory", "templates");
        Workflows = FromRepository("Workflows:Directory", "workflows");
        OrganisationSeed = configuration["Organisation:SeedFile"] is "" ? null : FromRepository("Organisation:SeedFile", "samples", "organisation", "nam-dinh-2022.json");
        // The demo organisation's passwords are published: only a developer's machine, or an explicit request, gets it.
        ImportDemo = configuration.GetValue("Demo:Import", environment.IsDevelopment());
        DataDirectory = DataDirectoryFrom(configuration, environment);
        Database = DatabaseFrom(configuration, DataDirectory);
        UploadedTemplates = configuration["Templates:UploadDirectory"] is { Length: > 0 } uploads
            ? Path.GetFullPath(uploads, environment.ContentRootPath)
            : Path.Combine(DataDirectory, "uploaded-templates");
    }

    public string Templates { get; }

    public string Workflows { get; }

    /// <summary>The organisation imported into an empty database; null (setting left empty) imports nothing.</summary>
    public string? OrganisationSeed { get; }

    /// <summary><c>Demo:Import</c> (<c>--demo</c> on the command line); by default only in Development.</summary>
    public bool ImportDemo { get; }

    public DatabaseOptions Database { get; }

    /// <summary>Where the app keeps its files: the SQLite database by default, the mail pickup folder, uploaded templates.</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// Templates administrators uploaded; never templates/, which belongs to the deployed release. Several nodes set
    /// <c>Templates:UploadDirectory</c> to one shared folder (a network share), so that a template uploaded on one node
    /// is found by the others.
    /// </summary>
    public string UploadedTemplates { get; }

    private static string DataDirectoryFrom(IConfiguration configuration, IHostEnvironment environment)
    {
        var directory = configuration["DataDirectory"] is { Length: > 0 } data
            ? Path.GetFullPath(data, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static DatabaseOptions DatabaseFrom(IConfiguration configuration, string dataDirectory)
    {
        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] is { Length: > 0 } p ? p : nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        if (configuration["Database:ConnectionString"] is { Length: > 0 } connection)
            return new DatabaseOptions { Provider = provider, ConnectionString = connection };
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
        return DatabaseOptions.SqliteFile(Path.Combine(dataDirectory, "emulationdocs.db"));
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmulationDocs.sln"))) return directory.FullName;
        }
        return null;
    }
}

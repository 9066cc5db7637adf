namespace EmulationDocs.Web.Features.Previews;

/// <summary>
/// Finds soffice before a conversion is attempted, so a server without LibreOffice answers a clear 503 instead of a
/// process start failure. <c>Previews:SofficePath</c> overrides the search.
/// </summary>
public sealed class LibreOfficeLocator(IConfiguration configuration)
{
    private static readonly string[] KnownPaths = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    public string? Executable { get; } = Find(configuration["Previews:SofficePath"]);

    private static string? Find(string? configured)
    {
        if (configured is { Length: > 0 }) return File.Exists(configured) ? configured : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "soffice"));
        return KnownPaths.Concat(onPath).FirstOrDefault(File.Exists);
    }
}

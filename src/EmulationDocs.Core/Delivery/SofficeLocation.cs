namespace EmulationDocs.Core.Delivery;

/// <summary>Where LibreOffice's soffice is: the configured path, else the usual install places, else the PATH.</summary>
public static class SofficeLocation
{
    private static readonly string[] KnownPaths = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    /// <summary>The executable, or null when LibreOffice is not installed (or not at <paramref name="configured"/>).</summary>
    public static string? Find(string? configured = null)
    {
        if (configured is { Length: > 0 }) return File.Exists(configured) ? configured : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "soffice"));
        return KnownPaths.Concat(onPath).FirstOrDefault(File.Exists);
    }
}

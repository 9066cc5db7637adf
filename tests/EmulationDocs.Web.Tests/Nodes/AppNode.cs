using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationDocs.Web.Tests.Nodes;

/// <summary>
/// One node of the app with its own data directory (nothing on the local disk shared with another node) and the given
/// environment and settings; the repository's templates and workflows, as a deployed release would have them.
/// </summary>
public sealed class AppNode(string environment, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulationdocs-node-" + Guid.NewGuid().ToString("N"));

    /// <summary>Outside Development cookies are Secure-only, so test clients speak https as behind a real proxy.</summary>
    public static Uri Https { get; } = new("https://localhost/");

    public string DataDirectory => _directory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("DataDirectory", _directory);
        builder.UseSetting("Deadlines:Enabled", "false");
        builder.UseSetting("Delivery:Enabled", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment(environment);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection: the temp directory is cleaned by the system.
        }
    }
}

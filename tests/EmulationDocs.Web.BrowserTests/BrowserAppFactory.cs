using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>
/// The real app served by Kestrel on a free loopback port (a browser cannot reach the in-memory TestServer), on its own
/// temporary SQLite file and data directory per test class, with the same settings as the Web.Tests factory.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulationdocs-browser-" + Guid.NewGuid().ToString("N"));

    public BrowserAppFactory()
    {
        // Port 0 on 127.0.0.1 only: the OS picks a free port and nothing outside the machine can connect.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single();
    }

    /// <summary>Where the browser reaches the app, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_directory, "test.db")};Pooling=False");
        builder.UseSetting("DataDirectory", _directory);
        builder.UseSetting("Deadlines:Enabled", "false");
        builder.UseSetting("Delivery:Enabled", "false");
        builder.UseSetting("Demo:Import", "true");
        // Scenarios sign many users in from one address; the sign-in rate limit has its own tests.
        builder.UseSetting("Accounts:SignInLimit:PermitLimit", "100000");
        builder.UseEnvironment("Testing");
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

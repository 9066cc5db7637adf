using EmulationDocs.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>
/// One message as the test SMTP server received it: envelope, whether it came over TLS, who had authenticated, the
/// client's address and port (one per connection), the raw bytes parsed.
/// </summary>
internal sealed record ReceivedMail(string From, IReadOnlyList<string> To, bool Tls, string? Login, string Connection, byte[] Raw)
{
    public MimeMessage Message { get; } = MimeMessage.Load(new MemoryStream(Raw));

    public MimePart Attachment(string fileName) => Message.Attachments.OfType<MimePart>().Single(p => p.FileName == fileName);
}

internal static class MimePartContent
{
    /// <summary>The part's content with its transfer encoding (base64) undone.</summary>
    public static byte[] Bytes(this MimePart part)
    {
        using var decoded = new MemoryStream();
        (part.Content ?? throw new InvalidOperationException($"{part.FileName} has no content.")).DecodeTo(decoded);
        return decoded.ToArray();
    }
}

/// <summary>How the test server behaves: failures on purpose, TLS (STARTTLS or implicit) with a test certificate, required AUTH.</summary>
internal sealed record SmtpServerSetup
{
    /// <summary>Answer 451 to this many messages first.</summary>
    public int Tempfail { get; init; }

    /// <summary>Addresses answered 550 at RCPT TO.</summary>
    public IReadOnlyList<string> Reject { get; init; } = [];

    /// <summary>Offer STARTTLS with this certificate and require it (or, with <see cref="ImplicitTls"/>, TLS from the start).</summary>
    public TestCertificate? Certificate { get; init; }

    public bool ImplicitTls { get; init; }

    /// <summary>Require AUTH with this user and <see cref="Password"/> (over TLS when a certificate is set).</summary>
    public string? User { get; init; }

    public string? Password { get; init; }
}

/// <summary>
/// The real SMTP server of <c>tests/smtp-test-server.py</c> (aiosmtpd) on a free loopback port,
/// stopped and its folder deleted on dispose. Needs Debian's python3-aiosmtpd, which
/// <c>tests/run.sh</c> installs; a missing module fails the test, never skips it.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;

    private SmtpTestServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    /// <param name="tempfail">Answer 451 to this many messages first.</param>
    /// <param name="reject">Addresses answered 550 at RCPT TO.</param>
    public static Task<SmtpTestServer> StartAsync(int tempfail = 0, params string[] reject) => StartAsync(new SmtpServerSetup { Tempfail = tempfail, Reject = reject });

    public static async Task<SmtpTestServer> StartAsync(SmtpServerSetup setup)
    {
        var folder = Directory.CreateTempSubdirectory("edocs-smtp-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.Root, "tests", "smtp-test-server.py"), "--port", port.ToString(), "--dir", folder, "--tempfail", setup.Tempfail.ToString() })
            start.ArgumentList.Add(argument);
        foreach (var address in setup.Reject)
        {
            start.ArgumentList.Add("--reject");
            start.ArgumentList.Add(address);
        }
        if (setup.Certificate is { } certificate)
        {
            foreach (var argument in new[] { "--cert", certificate.CertificatePath, "--key", certificate.KeyPath }) start.ArgumentList.Add(argument);
            if (setup.ImplicitTls) start.ArgumentList.Add("--implicit-tls");
        }
        if (setup.User is { } user)
            foreach (var argument in new[] { "--user", user, "--password", setup.Password ?? "" }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("READY", StringComparison.Ordinal))
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"The test SMTP server did not start (is python3-aiosmtpd installed? tests/run.sh installs it): {error}");
        }
        return new SmtpTestServer(process, port, folder);
    }

    /// <summary>Messages accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(eml =>
        {
            using var envelope = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(eml, ".json")));
            var root = envelope.RootElement;
            return new ReceivedMail(root.GetProperty("from").GetString()!, [.. root.GetProperty("to").EnumerateArray().Select(a => a.GetString()!)],
                root.GetProperty("tls").GetBoolean(), root.GetProperty("login").GetString(), root.GetProperty("connection").GetString()!, File.ReadAllBytes(eml));
        })];

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

using EmulationDocs.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EmulationDocs.Core.Tests.Support;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>One message as the test SMTP server received it: envelope and the raw bytes, parsed.</summary>
internal sealed record ReceivedMail(string From, IReadOnlyList<string> To, byte[] Raw)
{
    public MimePart Message { get; } = MimePart.Parse(Raw);
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
    public static async Task<SmtpTestServer> StartAsync(int tempfail = 0, params string[] reject)
    {
        var folder = Directory.CreateTempSubdirectory("edocs-smtp-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.Root, "tests", "smtp-test-server.py"), "--port", port.ToString(), "--dir", folder, "--tempfail", tempfail.ToString() })
            start.ArgumentList.Add(argument);
        foreach (var address in reject)
        {
            start.ArgumentList.Add("--reject");
            start.ArgumentList.Add(address);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
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
            return new ReceivedMail(envelope.RootElement.GetProperty("from").GetString()!,
                [.. envelope.RootElement.GetProperty("to").EnumerateArray().Select(a => a.GetString()!)], File.ReadAllBytes(eml));
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

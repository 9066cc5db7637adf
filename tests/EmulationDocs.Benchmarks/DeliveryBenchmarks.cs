using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Benchmarks;

/// <summary>
/// 1,000 queued messages (one issued document, its .docx and PDF attached) sent by one dispatcher
/// to the aiosmtpd server of tests/smtp-test-server.py on loopback, which writes each message to
/// disk. The PDF is converted by LibreOffice once, in the setup (the dispatcher caches it per
/// document version). PostgreSQL runs when EMULATIONDOCS_TEST_POSTGRES is set. The baseline is a plain
/// MailKit client sending the same 1,000 messages (same text and attachments) over as many connections, with no
/// outbox: the Ratio column is our time over the plain client's, so throughput relative to it is 1 / Ratio.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class DeliveryBenchmarks
{
    private const int Messages = 1_000;
    private DatabaseFactory _database = null!;
    private DeliveryDispatcher _dispatcher = null!;
    private Process _server = null!;
    private string _received = null!;
    private long _versionId;
    private int _port;
    private byte[] _docx = null!;
    private byte[] _pdf = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [Params(1, 4)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _docx = File.ReadAllBytes(Path.Combine(root, "templates", "directive.docx"));
        _pdf = new LibreOfficePdfConverter().ConvertAsync(_docx, CancellationToken.None).GetAwaiter().GetResult();
        _database = new DatabaseFactory(BenchmarkDatabases.Fresh(Provider));
        _database.MigrateAsync().GetAwaiter().GetResult();
        using (var context = _database.Create())
        {
            var version = new DocumentVersion
            {
                InstanceId = Guid.NewGuid(), Role = "directive", UnitId = "huyen", Version = 1, Template = "directive", Hash = "bench",
                Content = _docx, Frozen = true, Reference = "05/CT-UBND", CreatedAt = DateTime.UtcNow,
            };
            context.DocumentVersions.Add(version);
            context.SaveChanges();
            _versionId = version.Id;
        }
        _received = Directory.CreateTempSubdirectory("edocs-bench-smtp-").FullName;
        var port = _port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(root, "tests", "smtp-test-server.py"), "--port", port.ToString(), "--dir", _received }) start.ArgumentList.Add(argument);
        _server = Process.Start(start)!;
        if (_server.StandardOutput.ReadLine()?.StartsWith("READY", StringComparison.Ordinal) != true) throw new InvalidOperationException("The test SMTP server did not start.");
        var options = new DeliveryOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = port, Security = MailKit.Security.SecureSocketOptions.None, FromAddress = "vanthu@trucninh.example.gov.vn", BatchSize = 100, Parallelism = Parallelism,
        };
        _dispatcher = new DeliveryDispatcher(_database, new SmtpMailTransport(options), new LibreOfficePdfConverter(), options, TimeProvider.System);
        // Converts the PDF once, outside the measured iterations.
        Enqueue(1);
        _dispatcher.RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(SendThousand))]
    public void Fill()
    {
        Clear();
        Enqueue(Messages);
    }

    [IterationSetup(Target = nameof(SendThousandPlain))]
    public void Clear()
    {
        foreach (var file in Directory.GetFiles(_received)) File.Delete(file);
    }

    [Benchmark(Description = "Send 1,000 messages (docx + PDF) to a local SMTP server")]
    public async Task<int> SendThousand()
    {
        var sent = 0;
        while (await _dispatcher.RunOnceAsync(CancellationToken.None) is var claimed and > 0) sent += claimed;
        if (sent != Messages) throw new InvalidOperationException($"Sent {sent} messages, not {Messages}.");
        return sent;
    }

    [Benchmark(Baseline = true, Description = "Plain MailKit client: the same 1,000 messages, no outbox")]
    public async Task<int> SendThousandPlain()
    {
        var next = -1;
        var senders = Enumerable.Range(0, Parallelism).Select(async _ =>
        {
            using var client = new MailKit.Net.Smtp.SmtpClient();
            await client.ConnectAsync("127.0.0.1", _port, MailKit.Security.SecureSocketOptions.None);
            for (var i = Interlocked.Increment(ref next); i < Messages; i = Interlocked.Increment(ref next))
            {
                using var message = PlainMessage(i);
                await client.SendAsync(message);
            }
            await client.DisconnectAsync(quit: true);
        });
        await Task.WhenAll(senders);
        return Messages;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Kill(entireProcessTree: true);
        _server.WaitForExit();
        Directory.Delete(_received, recursive: true);
    }

    private void Enqueue(int count)
    {
        using var context = _database.Create();
        var now = DateTime.UtcNow.AddSeconds(-1);
        for (var i = 0; i < count; i++)
        {
            context.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), InstanceId = Guid.Empty, DocumentVersionId = _versionId, RecipientUnitId = $"xa-{i}", RecipientLine = "UBND các xã, thị trấn",
                Address = $"ubnd.xa{i}@example.gov.vn", Subject = "[UBND huyện Trực Ninh] Chỉ thị số 05/CT-UBND ngày 05/01/2022 về việc phát động thi đua năm 2022",
                Body = $"Kính gửi: Ủy ban nhân dân xã số {i}\r\n\r\nỦy ban nhân dân huyện Trực Ninh gửi chỉ thị số 05/CT-UBND.", State = OutboxState.Queued,
                NextAttemptAt = now, CreatedAt = now,
            });
        }
        context.SaveChanges();
    }

    private MimeKit.MimeMessage PlainMessage(int i)
    {
        var message = new MimeKit.MimeMessage();
        message.From.Add(MimeKit.MailboxAddress.Parse("vanthu@trucninh.example.gov.vn"));
        message.To.Add(MimeKit.MailboxAddress.Parse($"ubnd.xa{i}@example.gov.vn"));
        message.Subject = "[UBND huyện Trực Ninh] Chỉ thị số 05/CT-UBND ngày 05/01/2022 về việc phát động thi đua năm 2022";
        var body = new MimeKit.BodyBuilder { TextBody = $"Kính gửi: Ủy ban nhân dân xã số {i}\r\n\r\nỦy ban nhân dân huyện Trực Ninh gửi chỉ thị số 05/CT-UBND." };
        body.Attachments.Add("05-CT-UBND.docx", _docx);
        body.Attachments.Add("05-CT-UBND.pdf", _pdf);
        message.Body = body.ToMessageBody();
        return message;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "EmulationDocs.sln"))) return directory.FullName;
        throw new InvalidOperationException("The repository root (EmulationDocs.sln) was not found above the benchmark binaries.");
    }
}

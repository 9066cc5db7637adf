using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Persistence;
using MailKit.Security;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>
/// MailKit against the real test server speaking STARTTLS (or implicit TLS) with a certificate made by openssl for the
/// test, and requiring AUTH over TLS.
/// </summary>
public sealed class SecureSmtpTests
{
    private const string User = "vanthu.trucninh";
    private const string Password = "Mat-khau-thu-2026";
    private const string Subject = "[UBND huyện Trực Ninh] Chỉ thị số 01/CT-UBND về việc phát động thi đua năm 2026";
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3];
    private static readonly byte[] Pdf = "%PDF-1.4 thử"u8.ToArray();

    private static MailEnvelope Envelope(int n = 1) => new($"<outbox-{n:D32}@emulationdocs.local>", "ubnd@trucdai.example.gov.vn", Subject,
        "Kính gửi: Ủy ban nhân dân xã Trực Đại", [
            new MailAttachment("01-CT-UBND.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Docx),
            new MailAttachment("01-CT-UBND.pdf", "application/pdf", Pdf)]);

    private static DeliveryOptions Options(SmtpTestServer server, TestCertificate trusted, SecureSocketOptions security = SecureSocketOptions.StartTls) => new()
    {
        SmtpHost = "localhost", SmtpPort = server.Port, Security = security, UserName = User, Password = Password,
        TrustedCertificatePath = trusted.CertificatePath, FromAddress = "vanthu@trucninh.example.gov.vn", FromName = "Văn thư UBND huyện Trực Ninh",
        SmtpTimeout = TimeSpan.FromSeconds(20),
    };

    private static SmtpServerSetup Secure(TestCertificate certificate, bool implicitTls = false) =>
        new() { Certificate = certificate, ImplicitTls = implicitTls, User = User, Password = Password };

    [Fact]
    public async Task A_batch_goes_over_one_starttls_connection_with_credentials_keeping_the_vietnamese_headers_and_attachments()
    {
        using var certificate = await TestCertificate.CreateAsync("localhost");
        await using var server = await SmtpTestServer.StartAsync(Secure(certificate));
        var transport = new SmtpMailTransport(Options(server, certificate));

        await using (var session = transport.OpenSession())
        {
            for (var n = 1; n <= 3; n++) await session.SendAsync(Envelope(n), CancellationToken.None);
        }

        var received = server.Received();
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(m => m.Connection).Distinct()); // connected once, sent three
        foreach (var mail in received)
        {
            Assert.True(mail.Tls);
            Assert.Equal(User, mail.Login);
            Assert.Equal(Subject, mail.Message.Subject);
            Assert.Equal("Văn thư UBND huyện Trực Ninh", mail.Message.From.Mailboxes.Single().Name);
            Assert.Contains("Kính gửi: Ủy ban nhân dân xã Trực Đại", mail.Message.TextBody);
            Assert.Equal(Docx, mail.Attachment("01-CT-UBND.docx").Bytes());
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", mail.Attachment("01-CT-UBND.docx").ContentType.MimeType);
            Assert.Equal(Pdf, mail.Attachment("01-CT-UBND.pdf").Bytes());
            Assert.Equal("application/pdf", mail.Attachment("01-CT-UBND.pdf").ContentType.MimeType);
        }
        Assert.Equal("outbox-00000000000000000000000000000002@emulationdocs.local", received[1].Message.MessageId);
        // The headers travel as 7-bit text with RFC 2047 UTF-8 words, readable by any server.
        var raw = received[0].Raw;
        var headers = raw[..System.Text.Encoding.ASCII.GetString(raw).IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.All(headers, b => Assert.True(b < 0x80));
        Assert.Contains("=?utf-8?", System.Text.Encoding.ASCII.GetString(headers), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Implicit_tls_from_the_first_byte_as_on_port_465()
    {
        using var certificate = await TestCertificate.CreateAsync("localhost");
        await using var server = await SmtpTestServer.StartAsync(Secure(certificate, implicitTls: true));

        await new SmtpMailTransport(Options(server, certificate, SecureSocketOptions.SslOnConnect)).SendOneAsync(Envelope(), CancellationToken.None);

        Assert.True(Assert.Single(server.Received()).Tls);
        Assert.Equal(SecureSocketOptions.SslOnConnect, SmtpMailTransport.SecurityOf(new DeliveryOptions { SmtpPort = 465 }));
        Assert.Equal(SecureSocketOptions.StartTls, SmtpMailTransport.SecurityOf(new DeliveryOptions { SmtpPort = 587 }));
    }

    [Fact]
    public async Task A_wrong_password_is_a_permanent_failure_with_the_servers_535()
    {
        using var certificate = await TestCertificate.CreateAsync("localhost");
        await using var server = await SmtpTestServer.StartAsync(Secure(certificate));
        var options = Options(server, certificate) with { Password = "sai-mat-khau" };

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(() => new SmtpMailTransport(options).SendOneAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Equal(535, failure.ReplyCode);
        Assert.StartsWith("535", failure.Message);
        Assert.Empty(server.Received());

        // Through the dispatcher: the outbox row says so, and so does the log.
        await using var fixture = await DeliveryFixture.CreateAsync(DatabaseProvider.Sqlite);
        var (instanceId, _) = await fixture.IssueDirectiveAsync([DeliveryFixture.Recipients[0]]);
        var log = new RecordingLogger();
        await new DeliveryDispatcher(fixture.Database, new SmtpMailTransport(options), new FakePdf(), options, new FakeTimeProvider(DateTimeOffset.UtcNow), "worker", log)
            .RunOnceAsync(CancellationToken.None);
        var row = Assert.Single(await DeliveryFailureTests.MailedAsync(fixture, instanceId));
        Assert.Equal((OutboxState.Failed, 1), (row.State, row.Attempts));
        Assert.StartsWith("535", row.LastError);
        Assert.Equal(535, Assert.Single(log.Events, e => e.Id == 4004).Values["ReplyCode"]);
        Assert.Contains(log.Events, e => e.Id == 4001);
    }

    [Fact]
    public async Task A_certificate_for_another_host_is_refused_unless_the_setting_allows_it()
    {
        using var certificate = await TestCertificate.CreateAsync("other.example");
        await using var server = await SmtpTestServer.StartAsync(Secure(certificate));
        // Trusted as a root, so only the name is wrong.
        var options = Options(server, certificate);

        var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => new SmtpMailTransport(options).SendOneAsync(Envelope(), CancellationToken.None));
        Assert.False(refused.Permanent);
        Assert.Null(refused.ReplyCode);
        Assert.StartsWith("TLS:", refused.Message);
        Assert.Empty(server.Received());

        await new SmtpMailTransport(options with { AllowInvalidCertificate = true }).SendOneAsync(Envelope(), CancellationToken.None);
        Assert.True(Assert.Single(server.Received()).Tls);
    }

    [Fact]
    public async Task A_self_signed_certificate_is_refused_unless_it_is_the_configured_trusted_certificate()
    {
        using var certificate = await TestCertificate.CreateAsync("localhost");
        using var stranger = await TestCertificate.CreateAsync("localhost");
        await using var server = await SmtpTestServer.StartAsync(Secure(certificate));

        foreach (var trusted in new[] { null, stranger.CertificatePath })
        {
            var options = Options(server, certificate) with { TrustedCertificatePath = trusted };
            var refused = await Assert.ThrowsAsync<MailDeliveryException>(() => new SmtpMailTransport(options).SendOneAsync(Envelope(), CancellationToken.None));
            Assert.StartsWith("TLS:", refused.Message);
        }
        Assert.Empty(server.Received());

        await new SmtpMailTransport(Options(server, certificate)).SendOneAsync(Envelope(), CancellationToken.None);
        Assert.Single(server.Received());
    }
}

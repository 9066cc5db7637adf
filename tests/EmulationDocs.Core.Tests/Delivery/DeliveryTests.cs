using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using MimeKit;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>Issuing → outbox → the real SMTP server of tests/smtp-test-server.py; on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class DeliveryTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : DeliveryTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : DeliveryTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static readonly string[] Mailed = [DeliveryFixture.CatThanh, DeliveryFixture.Province, DeliveryFixture.TrucDai, DeliveryFixture.TrucThang];

    [Fact]
    public async Task Issuing_queues_one_message_per_recipient_unit_and_records_lines_without_an_address()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        var (instanceId, issued) = await fixture.IssueDirectiveAsync();

        var rows = await fixture.OutboxAsync(instanceId);
        Assert.Equal(Mailed, rows.Where(r => r.State == OutboxState.Queued).Select(r => r.Address));
        Assert.All(rows, r => Assert.Equal(issued.Id, r.DocumentVersionId));
        // The commune without e-mail and the central board outside the organisation are listed, not mailed; the school
        // (below a commune) is not one of "các xã, thị trấn"; "Lưu: VT, NV" is the file copy.
        Assert.Equal([("Ban Thi đua - Khen thưởng Trung ương", (string?)null), ("UBND các xã, thị trấn", "xa4")],
            rows.Where(r => r.State == OutboxState.NoAddress).Select(r => (r.RecipientLine, r.RecipientUnitId)).Order());
        Assert.DoesNotContain(rows, r => r.RecipientUnitId == "truong" || r.RecipientLine.StartsWith("Lưu"));
        Assert.Equal("[UBND huyện Trực Ninh] Chỉ thị số 01/CT-UBND ngày " + issued.CreatedAt.AddHours(7).ToString("dd/MM/yyyy") + " về việc phát động thi đua năm 2022",
            rows[0].Subject);

        var status = await new DeliveryStatus(fixture.Database, fixture.Clock).ForInstanceAsync(instanceId);
        Assert.Equal(6, status.Count);
        Assert.Equal(2, status.Count(s => s.Status == "Không có địa chỉ"));
        Assert.Equal(4, status.Count(s => s.Status == "Đang chờ gửi"));
    }

    [Fact]
    public async Task Each_recipient_receives_the_issued_docx_byte_for_byte_and_its_pdf_with_vietnamese_headers()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync();
        var (instanceId, issued) = await fixture.IssueDirectiveAsync();
        var dispatcher = fixture.Dispatcher(new SmtpMailTransport(DeliveryFixture.Smtp(server)), new LibreOfficePdfConverter());

        Assert.Equal(4, await dispatcher.RunOnceAsync(CancellationToken.None));

        var received = server.Received();
        Assert.Equal(Mailed, received.SelectMany(m => m.To).Order());
        var rows = await fixture.OutboxAsync(instanceId);
        foreach (var mail in received)
        {
            var row = rows.Single(r => r.Address == Assert.Single(mail.To));
            Assert.Equal("vanthu@trucninh.example.gov.vn", mail.From);
            Assert.Equal(row.Subject, mail.Message.Subject);
            Assert.Equal(row.MessageId, $"<{mail.Message.MessageId}>");
            Assert.Equal("Văn thư UBND huyện Trực Ninh", mail.Message.From.Mailboxes.Single().Name);
            Assert.Contains("Kính gửi: " + (row.RecipientUnitId == "tinh" ? "Ủy ban nhân dân tỉnh Nam Định" : "Ủy ban nhân dân"), mail.Message.TextBody);
            var docx = mail.Attachment("01-CT-UBND.docx");
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.ContentType.MimeType);
            Assert.Equal(issued.Content, docx.Bytes());
            var pdf = mail.Attachment("01-CT-UBND.pdf");
            Assert.Equal("application/pdf", pdf.ContentType.MimeType);
            Assert.Equal("%PDF"u8.ToArray(), pdf.Bytes()[..4]);
        }
        Assert.All(rows.Where(r => r.Address is not null), r => Assert.Equal((OutboxState.Sent, 1), (r.State, r.Attempts)));
        var status = await new DeliveryStatus(fixture.Database, fixture.Clock).ForInstanceAsync(instanceId);
        Assert.Equal(4, status.Count(s => s.Status.StartsWith("Đã gửi lúc ", StringComparison.Ordinal) && s.SentAt is not null));
    }

    [Fact]
    public async Task A_server_refusing_for_a_while_then_accepting_gets_each_message_once()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync(tempfail: 6);
        var (instanceId, _) = await fixture.IssueDirectiveAsync();
        var options = DeliveryFixture.Smtp(server) with { Parallelism = 1 };
        var dispatcher = fixture.Dispatcher(new SmtpMailTransport(options), options: options);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        var deferred = (await fixture.OutboxAsync(instanceId)).Where(r => r.Address is not null).ToList();
        Assert.All(deferred, r => Assert.Equal(OutboxState.Retrying, r.State));
        Assert.All(deferred, r => Assert.StartsWith("451", r.LastError));
        Assert.All(deferred, r => Assert.InRange(r.NextAttemptAt - fixture.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(73)));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None)); // not due yet

        for (var round = 0; round < 5 && server.Received().Count < 4; round++)
        {
            fixture.Clock.Advance(TimeSpan.FromHours(1));
            await dispatcher.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(Mailed, server.Received().SelectMany(m => m.To).Order());
        var rows = (await fixture.OutboxAsync(instanceId)).Where(r => r.Address is not null).ToList();
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, r.State));
        Assert.Equal(4 + 6, rows.Sum(r => r.Attempts));
    }

    [Fact]
    public async Task A_dispatcher_killed_mid_batch_and_restarted_delivers_every_message_once()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync();
        var (instanceId, _) = await fixture.IssueDirectiveAsync();
        var options = DeliveryFixture.Smtp(server) with { Parallelism = 1, ClaimLease = TimeSpan.FromMinutes(5) };
        using var kill = new CancellationTokenSource();
        var dying = fixture.Dispatcher(new KillAfter(new SmtpMailTransport(options), 2, kill), options: options, worker: "dies");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.RunOnceAsync(kill.Token));
        Assert.Equal(2, server.Received().Count);
        var restarted = fixture.Dispatcher(new SmtpMailTransport(options), options: options, worker: "restarted");
        Assert.Equal(0, await restarted.RunOnceAsync(CancellationToken.None)); // the dead one's claims still hold
        fixture.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, await restarted.RunOnceAsync(CancellationToken.None));

        Assert.Equal(Mailed, server.Received().SelectMany(m => m.To).Order());
        Assert.All((await fixture.OutboxAsync(instanceId)).Where(r => r.Address is not null), r => Assert.Equal((OutboxState.Sent, 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task Dispatchers_of_several_app_instances_share_the_outbox_without_sending_twice()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync();
        var instances = new List<Guid>();
        for (var i = 0; i < 3; i++) instances.Add((await fixture.IssueDirectiveAsync()).InstanceId);
        var options = DeliveryFixture.Smtp(server) with { BatchSize = 2, Parallelism = 1 };

        await Task.WhenAll(Enumerable.Range(0, 3).Select(n => Task.Run(async () =>
        {
            var dispatcher = fixture.Dispatcher(new SmtpMailTransport(options), options: options, worker: $"app-{n}");
            while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0) { }
        })));

        var received = server.Received();
        Assert.Equal(12, received.Count);
        Assert.Equal(12, received.Select(m => m.Message.MessageId).Distinct().Count());
        foreach (var id in instances)
            Assert.All((await fixture.OutboxAsync(id)).Where(r => r.Address is not null), r => Assert.Equal((OutboxState.Sent, 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task A_permanently_refused_address_fails_with_the_servers_answer_and_the_others_are_sent()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync(reject: DeliveryFixture.TrucThang);
        var (instanceId, _) = await fixture.IssueDirectiveAsync();
        var dispatcher = fixture.Dispatcher(new SmtpMailTransport(DeliveryFixture.Smtp(server)));

        await dispatcher.RunOnceAsync(CancellationToken.None);

        var rows = await fixture.OutboxAsync(instanceId);
        var refused = rows.Single(r => r.Address == DeliveryFixture.TrucThang);
        Assert.Equal((OutboxState.Failed, 1), (refused.State, refused.Attempts));
        Assert.StartsWith("550", refused.LastError);
        Assert.Contains("User unknown", refused.LastError);
        Assert.All(rows.Where(r => r.Address is not null && r != refused), r => Assert.Equal(OutboxState.Sent, r.State));
        Assert.Equal(3, server.Received().Count);
        var status = new DeliveryStatus(fixture.Database, fixture.Clock);
        Assert.StartsWith("Gửi không thành công: 550", (await status.ForInstanceAsync(instanceId)).Single(s => s.MessageId == refused.Id).Status);

        // Nothing more to do until an administrator resends; a sent message cannot be resent.
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => status.ResendAsync(rows.First(r => r.State == OutboxState.Sent).Id));
        await status.ResendAsync(refused.Id);
        Assert.Equal((OutboxState.Queued, 0), (await fixture.OutboxAsync(instanceId)).Single(r => r.Id == refused.Id) is var again ? (again.State, again.Attempts) : default);
        Assert.Equal(1, await dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Equal(OutboxState.Failed, (await fixture.OutboxAsync(instanceId)).Single(r => r.Id == refused.Id).State);
    }

    [Fact]
    public async Task Without_an_smtp_server_messages_become_eml_files_in_the_pickup_folder()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        var folder = Directory.CreateTempSubdirectory("edocs-pickup-").FullName;
        try
        {
            var (instanceId, _) = await fixture.IssueDirectiveAsync();
            var options = new DeliveryOptions { PickupDirectory = folder };
            var transport = MailTransports.FromOptions(options);
            Assert.IsType<PickupFolderTransport>(transport);

            Assert.Equal(4, await fixture.Dispatcher(transport, options: options).RunOnceAsync(CancellationToken.None));

            var files = Directory.GetFiles(folder, "*.eml");
            Assert.Equal(4, files.Length);
            var rows = await fixture.OutboxAsync(instanceId);
            var messageIds = files.Select(f => $"<{MimeMessage.Load(f).MessageId}>").Order().ToList();
            Assert.Equal(rows.Where(r => r.Address is not null).Select(r => r.MessageId).Order(), messageIds);
            Assert.All(rows.Where(r => r.Address is not null), r => Assert.Equal(OutboxState.Sent, r.State));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_crash_between_acceptance_and_marking_resends_with_the_same_message_id()
    {
        // The documented residual window: the receiving side sees the same Message-ID twice and can drop the copy.
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync();
        var (instanceId, _) = await fixture.IssueDirectiveAsync([DeliveryFixture.Recipients[0]]);
        var options = DeliveryFixture.Smtp(server);

        await fixture.Dispatcher(new CrashAfterAccepting(new SmtpMailTransport(options)), options: options).RunOnceAsync(CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await fixture.Dispatcher(new SmtpMailTransport(options), options: options).RunOnceAsync(CancellationToken.None);

        var received = server.Received();
        Assert.Equal(2, received.Count);
        var row = Assert.Single(await fixture.OutboxAsync(instanceId));
        Assert.Equal([row.MessageId, row.MessageId], received.Select(m => $"<{m.Message.MessageId}>"));
        Assert.Equal(OutboxState.Sent, row.State);
    }

    private sealed class CrashAfterAccepting(IMailTransport inner) : IMailTransport
    {
        public IMailSession OpenSession() => new Session(inner.OpenSession());

        private sealed class Session(IMailSession inner) : IMailSession
        {
            public async Task SendAsync(MailEnvelope message, CancellationToken cancellationToken)
            {
                await inner.SendAsync(message, cancellationToken);
                throw new IOException("The process died before recording the acceptance.");
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }

    /// <summary>Simulates the process dying: after <c>count</c> accepted messages, cancels the dispatcher's token.</summary>
    private sealed class KillAfter(IMailTransport inner, int count, CancellationTokenSource kill) : IMailTransport
    {
        private int _sent;

        public IMailSession OpenSession() => new Session(this, inner.OpenSession());

        private async Task AcceptedAsync()
        {
            if (Interlocked.Increment(ref _sent) == count) await kill.CancelAsync();
        }

        private sealed class Session(KillAfter owner, IMailSession inner) : IMailSession
        {
            public async Task SendAsync(MailEnvelope message, CancellationToken cancellationToken)
            {
                await inner.SendAsync(message, cancellationToken);
                await owner.AcceptedAsync();
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}

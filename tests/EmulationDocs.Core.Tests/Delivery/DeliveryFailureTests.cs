using System.Diagnostics.Metrics;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>PDF conversions that fail or run out of time, and what the outbox and its metrics then say; on SQLite and PostgreSQL.</summary>
public abstract class DeliveryFailureTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : DeliveryFailureTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : DeliveryFailureTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    [Fact]
    public async Task A_conversion_that_times_out_is_a_failed_attempt_retried_with_backoff_and_not_kept_in_the_cache()
    {
        // Issue 10: after one conversion longer than its time-out, the rows stayed "Đang gửi" with 0 attempts, forever.
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        await using var server = await SmtpTestServer.StartAsync();
        var (instanceId, _) = await fixture.IssueDirectiveAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var pdf = new TimesOutFirst(times: 1);
        var options = DeliveryFixture.Smtp(server);
        var log = new RecordingLogger();
        var dispatcher = new DeliveryDispatcher(fixture.Database, new SmtpMailTransport(options), pdf, options, clock, "worker", log);

        Assert.Equal(4, await dispatcher.RunOnceAsync(CancellationToken.None));

        var rows = await MailedAsync(fixture, instanceId);
        Assert.All(rows, r => Assert.Equal((OutboxState.Retrying, 1), (r.State, r.Attempts)));
        Assert.All(rows, r => Assert.Equal("Không chuyển được văn bản sang PDF: quá thời gian cho phép.", r.LastError));
        Assert.All(rows, r => Assert.InRange(r.NextAttemptAt - clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(72)));
        Assert.Null(rows[0].ClaimedBy);
        Assert.Empty(server.Received());
        Assert.Equal(4, log.Events.Count(e => e.Id == 4003));
        Assert.Contains(log.Events, e => e.Id == 4005 && e.Exception is OperationCanceledException);
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None)); // backing off

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(4, await dispatcher.RunOnceAsync(CancellationToken.None));

        Assert.Equal(2, pdf.Calls); // converted again, not the cached cancellation
        Assert.All(await MailedAsync(fixture, instanceId), r => Assert.Equal((OutboxState.Sent, 2), (r.State, r.Attempts)));
        Assert.Equal(4, server.Received().Count);
        Assert.Equal(4, log.Events.Count(e => e.Id == 4002));
    }

    [Fact]
    public async Task A_conversion_that_keeps_failing_gives_up_after_the_last_attempt()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        var (instanceId, _) = await fixture.IssueDirectiveAsync([DeliveryFixture.Recipients[0]]);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var pdf = new AlwaysFails();
        var log = new RecordingLogger();
        var options = new DeliveryOptions { MaxAttempts = 2, PickupDirectory = Path.Combine(Path.GetTempPath(), "edocs-unused") };
        var dispatcher = new DeliveryDispatcher(fixture.Database, new PickupFolderTransport(options), pdf, options, clock, "worker", log);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        var row = Assert.Single(await MailedAsync(fixture, instanceId));
        Assert.Equal((OutboxState.Failed, 2, "Không chuyển được văn bản sang PDF."), (row.State, row.Attempts, row.LastError));
        Assert.Equal(2, pdf.Calls);
        var gaveUp = Assert.Single(log.Events, e => e.Id == 4004);
        Assert.Equal(2, gaveUp.Values["Attempt"]);
        Assert.DoesNotContain("LibreOffice crashed", row.LastError); // exception text stays in the log
        Assert.IsType<InvalidOperationException>(gaveUp.Exception);
    }

    [Fact]
    public async Task The_outbox_gauges_report_the_queue_length_and_the_age_of_the_oldest_unsent_message()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(Provider);
        var (instanceId, issued) = await fixture.IssueDirectiveAsync();
        var clock = fixture.Clock;
        clock.Advance(TimeSpan.FromHours(3));
        using var telemetry = new OutboxTelemetry(new OutboxMonitor(fixture.Database, clock));

        var (length, age) = Collect();
        Assert.Equal(4, length);
        // Issued on the fixture's clock, three hours ago by it (PostgreSQL keeps microseconds).
        Assert.InRange(age, TimeSpan.FromHours(3).TotalSeconds - 0.001, TimeSpan.FromHours(3).TotalSeconds + 0.001);

        var folder = Directory.CreateTempSubdirectory("edocs-pickup-").FullName;
        try
        {
            var options = new DeliveryOptions { PickupDirectory = folder };
            await new DeliveryDispatcher(fixture.Database, new PickupFolderTransport(options), new FakePdf(), options, clock).RunOnceAsync(CancellationToken.None);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        Assert.Equal((0L, 0d), Collect());
        Assert.All(await MailedAsync(fixture, instanceId), r => Assert.Equal(OutboxState.Sent, r.State));
        Assert.True(issued.Frozen);

        (long Length, double Age) Collect()
        {
            long length = -1;
            double age = -1;
            using var listener = new MeterListener();
            // Only this test's instance: other tests' telemetry objects publish under the same meter name.
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, telemetry.Meter)) l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => length = instrument.Name == "emulationdocs.outbox.queue_length" ? value : length);
            listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => age = instrument.Name == "emulationdocs.outbox.oldest_pending_age" ? value : age);
            listener.Start();
            listener.RecordObservableInstruments();
            return (length, age);
        }
    }

    internal static async Task<List<OutboxMessage>> MailedAsync(DeliveryFixture fixture, Guid instanceId) =>
        [.. (await fixture.OutboxAsync(instanceId)).Where(r => r.Address is not null)];

    /// <summary>Behaves as LibreOfficePdfConverter did on main when soffice ran past its time-out: the task ends cancelled.</summary>
    private sealed class TimesOutFirst(int times) : IPdfConverter
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
        {
            await Task.Yield();
            if (Interlocked.Increment(ref _calls) <= times) throw new OperationCanceledException("The conversion's own time-out elapsed.");
            return "%PDF-1.4 test"u8.ToArray();
        }
    }

    private sealed class AlwaysFails : IPdfConverter
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("LibreOffice crashed (exit 134).");
        }
    }
}

/// <summary>The real LibreOffice past its time-out (1 ms: soffice alone takes seconds to start).</summary>
public sealed class LibreOfficeTimeoutTests
{
    [Fact]
    public async Task LibreOffice_running_past_its_time_out_is_a_recorded_time_out_not_a_cancellation()
    {
        await using var fixture = await DeliveryFixture.CreateAsync(DatabaseProvider.Sqlite);
        var (instanceId, issued) = await fixture.IssueDirectiveAsync();
        var converter = new LibreOfficePdfConverter(LibreOffice.Executable, TimeSpan.FromMilliseconds(1));

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => converter.ConvertAsync(issued.Content, CancellationToken.None));
        Assert.Contains("LibreOffice", failure.Message);

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new DeliveryOptions { PickupDirectory = Path.Combine(Path.GetTempPath(), "edocs-unused") };
        Assert.Equal(4, await new DeliveryDispatcher(fixture.Database, new PickupFolderTransport(options), converter, options, clock).RunOnceAsync(CancellationToken.None));
        Assert.All(await DeliveryFailureTests.MailedAsync(fixture, instanceId),
            r => Assert.Equal((OutboxState.Retrying, 1, "Không chuyển được văn bản sang PDF: quá thời gian cho phép."), (r.State, r.Attempts, r.LastError)));
    }
}

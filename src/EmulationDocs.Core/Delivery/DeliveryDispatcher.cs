using System.Collections.Concurrent;
using EmulationDocs.Core.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Sends due outbox messages. Several dispatchers (one per app instance) may share one database:
/// each batch is leased with <see cref="RowClaims"/> (FOR UPDATE SKIP LOCKED on PostgreSQL), so no
/// two take the same row.
/// <para>
/// "Never twice once accepted": a message is marked <see cref="OutboxState.Sent"/> right after the
/// server accepted it, whatever the state of the claim, and a send in progress is never cancelled
/// (shutdown waits for it, up to the SMTP time-out). The one window left is a crash (or a lost
/// database) between the server's acceptance and that update: the row's claim expires and it is
/// sent again with the same Message-ID (<see cref="OutboxMessage.MessageId"/>), which the receiving
/// side can use to drop the duplicate. SMTP offers no way to ask whether a message was received, so
/// this window cannot be closed from our side.
/// </para>
/// </summary>
public sealed class DeliveryDispatcher(
    DatabaseFactory database, IMailTransport transport, IPdfConverter pdf, DeliveryOptions options, TimeProvider clock, string? workerId = null, ILogger? logger = null)
{
    private const string DueCondition = "\"State\" IN ('Queued', 'Retrying', 'Sending') AND \"NextAttemptAt\" <= {0}";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly CachedPdfConverter _pdf = new(pdf);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Identifies this dispatcher in claims; unique per process by default.</summary>
    public string WorkerId { get; } = workerId ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Polls until cancelled. A failed round (the database away) is logged and waited out: the next poll tries again.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await RunOnceAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                DeliveryLog.RoundFailed(_logger, WorkerId, ex);
                handled = 0;
            }
            if (handled == 0)
            {
                try { await Task.Delay(options.PollInterval, clock, cancellationToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Claims one batch of due messages and sends them; returns how many were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<OutboxMessage> rows;
        Dictionary<long, (byte[] Content, string? Reference)> documents;
        await using (var context = database.Create())
        {
            var ids = await RowClaims.ClaimAsync(context, OutboxMessageConfiguration.Table, DueCondition, nameof(OutboxMessage.NextAttemptAt), WorkerId, now,
                options.ClaimLease, options.BatchSize, cancellationToken);
            if (ids.Count == 0) return 0;
            await context.Outbox.Where(o => ids.Contains(o.Id) && o.ClaimedBy == WorkerId && o.State != OutboxState.Sent)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OutboxState.Sending), cancellationToken);
            rows = await context.Outbox.AsNoTracking().Where(o => ids.Contains(o.Id) && o.ClaimedBy == WorkerId).ToListAsync(cancellationToken);
            var versionIds = rows.Select(r => r.DocumentVersionId).Distinct().ToList();
            documents = (await context.DocumentVersions.AsNoTracking().Where(d => versionIds.Contains(d.Id))
                    .Select(d => new { d.Id, d.Content, d.Reference }).ToListAsync(cancellationToken))
                .ToDictionary(d => d.Id, d => (d.Content, d.Reference));
        }
        DeliveryLog.Claimed(_logger, WorkerId, rows.Count);

        // Each lane is one connection sending its share one message after another; the lanes share one queue, so a
        // slow server or document holds up one lane only.
        var batch = new Batch(new ConcurrentQueue<OutboxMessage>(rows), documents);
        var lanes = Math.Clamp(options.Parallelism, 1, Math.Max(1, rows.Count));
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(_ => Task.Run(() => SendLaneAsync(batch, cancellationToken), CancellationToken.None)));
        return rows.Count;
    }

    /// <summary>Cancellation stops taking further messages; their claims expire and another run takes them.</summary>
    private async Task SendLaneAsync(Batch batch, CancellationToken cancellationToken)
    {
        await using var session = transport.OpenSession();
        while (batch.Rows.TryDequeue(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SendAsync(session, row, batch, cancellationToken);
        }
    }

    private async Task SendAsync(IMailSession session, OutboxMessage row, Batch batch, CancellationToken cancellationToken)
    {
        var document = batch.Documents[row.DocumentVersionId];
        byte[] pdfContent = [];
        // A conversion that failed in this batch fails its other messages too, rather than making each wait for
        // LibreOffice again; the next batch (after the backoff) tries afresh.
        var conversionFailure = batch.FailedConversions.GetValueOrDefault(row.DocumentVersionId);
        if (conversionFailure is null)
        {
            try
            {
                pdfContent = await _pdf.ConvertAsync(row.DocumentVersionId, document.Content, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever went wrong (LibreOffice crashed, timed out, is missing), it is this message's failed attempt.
                conversionFailure = ex;
                if (batch.FailedConversions.TryAdd(row.DocumentVersionId, ex)) DeliveryLog.ConversionFailed(_logger, row.DocumentVersionId, ex);
            }
        }
        if (conversionFailure is not null)
        {
            var reason = conversionFailure is TimeoutException or OperationCanceledException
                ? "Không chuyển được văn bản sang PDF: quá thời gian cho phép."
                : "Không chuyển được văn bản sang PDF.";
            await RecordFailureAsync(row, new MailDeliveryException(reason, permanent: false, inner: conversionFailure));
            return;
        }
        if (!await RenewClaimAsync(row, cancellationToken))
        {
            DeliveryLog.ClaimLost(_logger, row.Id, WorkerId);
            return;
        }
        var name = DeliveryMessageText.FileName(document.Reference ?? $"van-ban-{row.DocumentVersionId}");
        var envelope = new MailEnvelope(row.MessageId, row.Address!, row.Subject, row.Body,
            [new MailAttachment(name + ".docx", DocxType, document.Content), new MailAttachment(name + ".pdf", "application/pdf", pdfContent)]);
        try
        {
            // Never cancelled: a send cut off after the server accepted the data would be sent again.
            await session.SendAsync(envelope, CancellationToken.None);
        }
        catch (MailDeliveryException ex)
        {
            await RecordFailureAsync(row, ex);
            return;
        }
        catch (Exception ex)
        {
            // Not a known delivery failure (a transport's own bug): still this message's attempt, retried, with the exception logged.
            await RecordFailureAsync(row, new MailDeliveryException(ex.Message, permanent: false, inner: ex));
            return;
        }
        await MarkSentAsync(row);
    }

    /// <summary>
    /// Extends the claim just before sending, and tells whether the row is still ours: a batch that waited behind slow
    /// servers longer than the lease may have lost rows to another dispatcher, which must not be sent twice. After this
    /// only a single send longer than the lease (the SMTP time-out is far shorter) could overlap another dispatcher.
    /// </summary>
    private async Task<bool> RenewClaimAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.Create();
        return await context.Outbox
            .Where(o => o.Id == row.Id && o.ClaimedBy == WorkerId && o.ClaimedUntil >= now && o.State == OutboxState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedUntil, now + options.ClaimLease), cancellationToken) == 1;
    }

    /// <summary>Unconditional and not cancellable: once accepted, the row must say so even if our claim ran out meanwhile.</summary>
    private async Task MarkSentAsync(OutboxMessage row)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.Create();
        await context.Outbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.State, OutboxState.Sent)
            .SetProperty(o => o.SentAt, now)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        DeliveryLog.Sent(_logger, row.Id, row.Address!, row.Attempts + 1);
    }

    /// <summary>Retrying with exponential backoff, or failed when permanent or out of attempts; only while the claim is still ours. Logged either way.</summary>
    private async Task RecordFailureAsync(OutboxMessage row, MailDeliveryException failure)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = row.Attempts + 1;
        var failed = failure.Permanent || attempts >= options.MaxAttempts;
        var next = failed ? now : now + RetryDelay(attempts);
        await using var context = database.Create();
        var updated = await context.Outbox.Where(o => o.Id == row.Id && o.ClaimedBy == WorkerId && o.State != OutboxState.Sent).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.State, failed ? OutboxState.Failed : OutboxState.Retrying)
            .SetProperty(o => o.Attempts, attempts)
            .SetProperty(o => o.NextAttemptAt, next)
            .SetProperty(o => o.LastError, failure.Message)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        if (updated == 0) DeliveryLog.ClaimLost(_logger, row.Id, WorkerId);
        // The exception itself is logged only when it is not a plain server answer, whose text is the message already.
        var detail = failure.InnerException is null or SmtpCommandException ? null : failure.InnerException;
        if (failed) DeliveryLog.GaveUp(_logger, row.Id, row.Address!, attempts, failure.ReplyCode, failure.Permanent, failure.Message, detail);
        else DeliveryLog.AttemptFailed(_logger, row.Id, row.Address!, attempts, failure.ReplyCode, failure.Message, next, detail);
    }

    /// <summary>One claimed batch: the messages left to send, their documents, the conversions that failed in it.</summary>
    private sealed record Batch(ConcurrentQueue<OutboxMessage> Rows, Dictionary<long, (byte[] Content, string? Reference)> Documents)
    {
        public ConcurrentDictionary<long, Exception> FailedConversions { get; } = new();
    }

    /// <summary>First delay, doubled per attempt, capped; up to 20 % jitter so that messages deferred together do not return together.</summary>
    internal TimeSpan RetryDelay(int attempts)
    {
        var delay = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 30));
        if (delay > options.MaxRetryDelay) delay = options.MaxRetryDelay;
        return delay + delay * (Random.Shared.NextDouble() * 0.2);
    }
}

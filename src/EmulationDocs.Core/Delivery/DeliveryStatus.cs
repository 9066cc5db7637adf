using System.Globalization;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Core.Delivery;

/// <summary>Where one recipient's copy of an issued document stands, with a Vietnamese status line for the web app.</summary>
public sealed record RecipientDelivery(
    Guid MessageId, long DocumentVersionId, string RecipientLine, string? UnitId, string? UnitName, string? Address, OutboxState State,
    string Status, int Attempts, DateTime? SentAt, DateTime? NextAttemptAt, string? LastError);

/// <summary>Delivery status per recipient, and the administrator's resend of a failed message.</summary>
public sealed class DeliveryStatus(DatabaseFactory database, TimeProvider clock)
{

    /// <summary>Every recipient of every document the instance issued, in the order they were written.</summary>
    public async Task<IReadOnlyList<RecipientDelivery>> ForInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var rows = await context.Outbox.AsNoTracking().Where(o => o.InstanceId == instanceId)
            .GroupJoin(context.Units.AsNoTracking(), o => o.RecipientUnitId, u => u.Id, (o, units) => new { o, units })
            .SelectMany(x => x.units.DefaultIfEmpty(), (x, u) => new { x.o, UnitName = u == null ? null : u.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.o.CreatedAt).ThenBy(r => r.o.DocumentVersionId).ThenBy(r => r.o.RecipientLine).ThenBy(r => r.UnitName)
            .Select(r => Describe(r.o, r.UnitName))];
    }

    /// <summary>
    /// Queues a failed message again (attempts start over). A "không có địa chỉ" row of a unit that has an address in the
    /// address book now is queued to that address. Anything else is refused: a sent message is never sent twice.
    /// </summary>
    /// <exception cref="WorkflowNotFoundException">No such message.</exception>
    /// <exception cref="ActionNotAllowedException">The message is not failed (or has still no address).</exception>
    public async Task ResendAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var row = await context.Outbox.SingleOrDefaultAsync(o => o.Id == messageId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"Outbox message {messageId} does not exist.", "Không tìm thấy thư.");
        var address = row.Address;
        if (row.State == OutboxState.NoAddress && row.RecipientUnitId is { } unitId)
            address = await context.Units.Where(u => u.Id == unitId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (!(row.State == OutboxState.Failed || row.State == OutboxState.NoAddress && !string.IsNullOrWhiteSpace(address)))
            throw new ActionNotAllowedException($"Outbox message {messageId} is {row.State}; only failed messages can be resent.",
                row.State == OutboxState.NoAddress ? "Đơn vị nhận chưa có địa chỉ thư điện tử." : "Chỉ gửi lại được thư gửi không thành công.");
        // Conditional on the state read above, so two administrators clicking at once queue it once.
        var now = clock.GetUtcNow().UtcDateTime;
        var previous = row.State;
        var updated = await context.Outbox.Where(o => o.Id == messageId && o.State == previous).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.State, OutboxState.Queued)
            .SetProperty(o => o.Address, address!.Trim())
            .SetProperty(o => o.Attempts, 0)
            .SetProperty(o => o.NextAttemptAt, now)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTime?)null), cancellationToken);
        if (updated == 0) throw new ConcurrencyConflictException($"Outbox message {messageId} changed meanwhile.", "Thư vừa được người khác gửi lại.");
    }

    private static RecipientDelivery Describe(OutboxMessage o, string? unitName) =>
        new(o.Id, o.DocumentVersionId, o.RecipientLine, o.RecipientUnitId, unitName, o.Address, o.State, StatusText(o), o.Attempts, o.SentAt,
            o.State is OutboxState.Queued or OutboxState.Retrying ? o.NextAttemptAt : null, o.LastError);

    public static string StatusText(OutboxMessage o) => o.State switch
    {
        OutboxState.Queued => "Đang chờ gửi",
        OutboxState.Sending => "Đang gửi",
        OutboxState.Sent => $"Đã gửi lúc {Local(o.SentAt!.Value)}",
        OutboxState.Retrying => $"Sẽ gửi lại lúc {Local(o.NextAttemptAt)} (lần trước lỗi: {o.LastError})",
        OutboxState.Failed => $"Gửi không thành công: {o.LastError}",
        OutboxState.NoAddress => "Không có địa chỉ",
        _ => o.State.ToString(),
    };

    private static string Local(DateTime utc) =>
        VietnamTime.FromUtc(utc).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}

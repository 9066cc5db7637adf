using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Delivery;

/// <summary>One recipient of an issued document and where its e-mail stands.</summary>
public sealed record DeliveryRow(
    Guid MessageId, string RecipientLine, string? UnitName, string? Address, string State, string Status, int Attempts, DateTime? SentAt,
    string? LastError, bool CanResend);

/// <summary>
/// Delivery status of a document's e-mails for the people who may see the document, and the resend of
/// a failed one. Dispatching issued documents is the registry's job (Văn thư, Decree 30), so the
/// registry of the issuing unit may resend, and so may an administrator of that unit.
/// </summary>
public sealed class DeliveryService(DatabaseFactory database, UserScope user, AdminAccess admin, DeliveryStatus status)
{
    /// <returns>Null when the document does not exist for this user.</returns>
    public async Task<IReadOnlyList<DeliveryRow>?> ForInstanceAsync(Guid instanceId, CancellationToken ct)
    {
        await using var context = database.Create();
        if (await user.VisibleInstanceAsync(context, instanceId, ct) is null) return null;
        var issuingUnits = await context.Outbox.AsNoTracking().Where(o => o.InstanceId == instanceId)
            .Join(context.DocumentVersions, o => o.DocumentVersionId, d => d.Id, (o, d) => new { o.Id, d.UnitId }).ToDictionaryAsync(x => x.Id, x => x.UnitId, ct);
        var subject = await user.SubjectAsync(ct);
        var administered = await admin.AdministeredUnitIdsAsync(ct);
        var unitsWithAddress = await context.Units.AsNoTracking().Where(u => u.Email != null && u.Email != "").Select(u => u.Id).ToListAsync(ct);
        return (await status.ForInstanceAsync(instanceId, ct)).Select(d => new DeliveryRow(
            d.MessageId, d.RecipientLine, d.UnitName, d.Address, d.State.ToString(), d.Status, d.Attempts, d.SentAt, d.LastError,
            // An unaddressed recipient can be resent only once its unit has an address in the address book.
            CanResend: (d.State == OutboxState.Failed || d.State == OutboxState.NoAddress && d.UnitId is { } recipient && unitsWithAddress.Contains(recipient))
                && issuingUnits.TryGetValue(d.MessageId, out var unit) && DocumentAccess.MayResend(unit, subject, administered)))
            .ToList();
    }

    public async Task ResendAsync(Guid messageId, CancellationToken ct)
    {
        await using var context = database.Create();
        var message = await context.Outbox.AsNoTracking().Where(o => o.Id == messageId)
            .Join(context.DocumentVersions, o => o.DocumentVersionId, d => d.Id, (o, d) => new { o.InstanceId, d.UnitId }).SingleOrDefaultAsync(ct);
        if (message is null || await user.VisibleInstanceAsync(context, message.InstanceId, ct) is null)
            throw new WorkflowNotFoundException($"Outbox message {messageId} is not visible to {user.UserId}.", "Không tìm thấy thư.");
        if (!DocumentAccess.MayResend(message.UnitId, await user.SubjectAsync(ct), await admin.AdministeredUnitIdsAsync(ct)))
            throw new ActionNotAllowedException($"{user.UserId} is neither the registry nor an administrator of {message.UnitId}.",
                "Chỉ văn thư hoặc quản trị viên của đơn vị ban hành mới được gửi lại thư.");
        await status.ResendAsync(messageId, ct);
    }
}

using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Adds the outbox rows of an issued document to the issuing transition's context, so they commit
/// (or roll back) with it: one row per recipient unit with an address, one
/// <see cref="OutboxState.NoAddress"/> row per recipient that cannot be mailed. Nothing is sent here.
/// </summary>
internal sealed class OutboxWriter(EmulationDocsDbContext context, CancellationToken ct)
{
    public async Task<IReadOnlyList<OutboxMessage>> EnqueueAsync(Guid instanceId, DocumentVersion issued, JsonObject data, DateTime now)
    {
        var units = await context.Units.AsNoTracking().ToListAsync(ct);
        var levels = await context.Levels.AsNoTracking().OrderBy(l => l.Rank).Select(l => l.Name).ToListAsync(ct);
        var issuer = units.Single(u => u.Id == issued.UnitId);
        var reference = issued.Reference ?? "";
        var recipients = new RecipientResolver(units, levels).Resolve(Lines(data["recipients"]), Lines(data["addressees"]), issuer.Id);
        var subject = DeliveryMessageText.Subject(issuer, reference, data);
        var rows = new List<OutboxMessage>();
        foreach (var recipient in recipients)
        {
            var address = string.IsNullOrWhiteSpace(recipient.Unit?.Email) ? null : recipient.Unit!.Email!.Trim();
            var row = new OutboxMessage
            {
                Id = Guid.NewGuid(), InstanceId = instanceId, DocumentVersionId = issued.Id,
                // A version issued in this same transition has no id yet: the navigation lets EF fill it in on save.
                DocumentVersion = issued.Id == 0 ? issued : null, RecipientUnitId = recipient.Unit?.Id, RecipientLine = recipient.Line,
                Address = address, Subject = subject,
                Body = recipient.Unit is { } unit ? DeliveryMessageText.Body(issuer, unit, reference, data) : "",
                State = address is null ? OutboxState.NoAddress : OutboxState.Queued, NextAttemptAt = now, CreatedAt = now,
            };
            context.Outbox.Add(row);
            rows.Add(row);
        }
        return rows;
    }

    private static IEnumerable<string> Lines(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => (string?)n).OfType<string>() : [];
}

using EmulationDocs.Core.Documents;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// One e-mail of an issued document to one recipient unit, written in the same transaction as the
/// issuing transition (transactional outbox) and sent later by <see cref="DeliveryDispatcher"/>.
/// Rows for Nơi nhận lines without an address are kept too (<see cref="OutboxState.NoAddress"/>), so
/// the delivery status shows every recipient the document names.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public long DocumentVersionId { get; set; }

    /// <summary>The issued version; set when the row is written so EF fills in <see cref="DocumentVersionId"/> in the same save.</summary>
    public DocumentVersion? DocumentVersion { get; set; }

    /// <summary>The unit the message is for; null when the Nơi nhận line matched no unit.</summary>
    public string? RecipientUnitId { get; init; }

    /// <summary>The Nơi nhận (or Kính gửi, through "Như trên") line the recipient came from, as written in the document.</summary>
    public required string RecipientLine { get; init; }

    /// <summary>The unit's address-book e-mail at the time of issuing; null when there is none.</summary>
    public string? Address { get; set; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public OutboxState State { get; set; }

    /// <summary>Attempts that reached the SMTP server or failed trying.</summary>
    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>The last failure: the server's answer or the connection error.</summary>
    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Identifies the row in the Message-ID header, so a receiving side can drop the duplicate of a resend after a crash.</summary>
    public string MessageId => $"<outbox-{Id:N}@emulationdocs.local>";
}

public enum OutboxState
{
    /// <summary>Waiting for its first attempt.</summary>
    Queued,

    /// <summary>Claimed by a dispatcher that is sending it (or died while sending it; the claim expires).</summary>
    Sending,

    /// <summary>The SMTP server accepted it.</summary>
    Sent,

    /// <summary>A temporary failure; tried again at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Retrying,

    /// <summary>Permanently refused (5xx) or out of attempts; an administrator may resend it.</summary>
    Failed,

    /// <summary>The Nơi nhận line matched no unit, or the unit has no e-mail: nothing to send.</summary>
    NoAddress,
}

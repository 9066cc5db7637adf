namespace EmulationDocs.Core.Delivery;

/// <summary>Hands one message to the mail system. Throws <see cref="MailDeliveryException"/> when it was not accepted.</summary>
public interface IMailTransport
{
    Task SendAsync(MailEnvelope message, CancellationToken cancellationToken);
}

/// <summary>One message ready to send: headers in Unicode (the transport encodes them), attachments as bytes.</summary>
public sealed record MailEnvelope(string MessageId, string To, string Subject, string Body, IReadOnlyList<MailAttachment> Attachments);

public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

/// <summary>The message was not accepted: <see cref="Permanent"/> for a 5xx answer (retrying cannot help), otherwise temporary.</summary>
public sealed class MailDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}

public static class MailTransports
{
    /// <summary>The transport the options ask for: SMTP when a host is set, else the pickup folder.</summary>
    public static IMailTransport FromOptions(DeliveryOptions options) =>
        string.IsNullOrWhiteSpace(options.SmtpHost) ? new PickupFolderTransport(options) : new SmtpMailTransport(options);
}

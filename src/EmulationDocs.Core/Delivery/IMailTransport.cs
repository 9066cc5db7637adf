using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Delivery;

/// <summary>Hands messages to the mail system, one batch at a time through <see cref="OpenSession"/>.</summary>
public interface IMailTransport
{
    /// <summary>
    /// A session for one sender of one batch: SMTP connects on the first message and keeps that connection for the
    /// next ones until the session is disposed. Not thread-safe; each concurrent sender opens its own.
    /// </summary>
    IMailSession OpenSession();
}

/// <summary>Sends messages one after another over one connection (or into one folder).</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>Throws <see cref="MailDeliveryException"/> when the message was not accepted.</summary>
    Task SendAsync(MailEnvelope message, CancellationToken cancellationToken);
}

/// <summary>One message ready to send: headers in Unicode (the transport encodes them), attachments as bytes.</summary>
public sealed record MailEnvelope(string MessageId, string To, string Subject, string Body, IReadOnlyList<MailAttachment> Attachments);

public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

/// <summary>
/// The message was not accepted: <see cref="Permanent"/> for a 5xx answer (retrying cannot help), otherwise temporary.
/// <see cref="ReplyCode"/> is the server's reply code, null when the failure had none (connection, TLS, disk).
/// </summary>
public sealed class MailDeliveryException(string message, bool permanent, int? replyCode = null, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;

    public int? ReplyCode { get; } = replyCode;
}

public static class MailTransports
{
    /// <summary>The transport the options ask for: SMTP when a host is set, else the pickup folder.</summary>
    public static IMailTransport FromOptions(DeliveryOptions options, ILogger? logger = null) =>
        string.IsNullOrWhiteSpace(options.SmtpHost) ? new PickupFolderTransport(options) : new SmtpMailTransport(options, logger);

    /// <summary>Sends a single message in a session of its own.</summary>
    public static async Task SendOneAsync(this IMailTransport transport, MailEnvelope message, CancellationToken cancellationToken)
    {
        await using var session = transport.OpenSession();
        await session.SendAsync(message, cancellationToken);
    }
}

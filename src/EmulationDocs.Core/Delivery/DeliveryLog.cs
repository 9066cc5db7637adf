using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Delivery;

/// <summary>The delivery events (4001–4099): what each dispatcher claimed, sent, deferred and gave up on.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Dispatcher {Worker} claimed {Count} outbox messages")]
    public static partial void Claimed(ILogger logger, string worker, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Outbox message {MessageId} sent to {Address} at attempt {Attempt}")]
    public static partial void Sent(ILogger logger, Guid messageId, string address, int attempt);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} to {Address}: attempt {Attempt} failed (reply code {ReplyCode}): {Error}; next attempt at {NextAttemptAt:o}")]
    public static partial void AttemptFailed(ILogger logger, Guid messageId, string address, int attempt, int? replyCode, string error, DateTime nextAttemptAt, Exception? exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error,
        Message = "Outbox message {MessageId} to {Address}: gave up after attempt {Attempt} (reply code {ReplyCode}, permanent {Permanent}): {Error}")]
    public static partial void GaveUp(ILogger logger, Guid messageId, string address, int attempt, int? replyCode, bool permanent, string error, Exception? exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Converting document version {DocumentVersionId} to PDF failed")]
    public static partial void ConversionFailed(ILogger logger, long documentVersionId, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Outbox message {MessageId} is no longer claimed by {Worker}; left to its new owner")]
    public static partial void ClaimLost(ILogger logger, Guid messageId, string worker);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Delivery round of {Worker} failed; retrying at the next poll")]
    public static partial void RoundFailed(ILogger logger, string worker, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Closing the SMTP connection to {Host} failed")]
    public static partial void DisconnectFailed(ILogger logger, string host, Exception exception);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "Dispatcher {Worker} stopping: released {Count} claimed messages it had not sent")]
    public static partial void Released(ILogger logger, string worker, int count);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Measuring the outbox for metrics failed")]
    public static partial void MeasureFailed(ILogger logger, Exception exception);
}

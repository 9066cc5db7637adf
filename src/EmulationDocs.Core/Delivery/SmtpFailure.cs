using System.Net.Mail;
using System.Net.Sockets;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Sorts System.Net.Mail's errors into temporary and permanent. A 5xx reply code (550 mailbox
/// unavailable, 553, 554…) is permanent; 4xx (421, 450, 451, 452), connection refused, time-outs
/// and anything without a reply code (network, TLS) are temporary, so they are retried.
/// </summary>
internal static class SmtpFailure
{
    public static MailDeliveryException Classify(Exception exception)
    {
        var code = exception switch
        {
            SmtpFailedRecipientsException many => many.InnerExceptions.Select(e => (int)e.StatusCode).DefaultIfEmpty((int)many.StatusCode).Max(),
            SmtpException smtp => (int)smtp.StatusCode,
            _ => 0,
        };
        var permanent = code is >= 500 and < 600;
        var reason = exception switch
        {
            SmtpException { InnerException: SocketException socket } => $"{socket.SocketErrorCode}: {socket.Message}",
            SmtpException { InnerException: { } inner } smtp when code is < 400 or >= 600 => $"{smtp.Message} ({inner.Message})",
            _ => exception.Message,
        };
        return new MailDeliveryException(code is >= 400 and < 600 ? $"{code} {reason}" : reason, permanent, exception);
    }
}

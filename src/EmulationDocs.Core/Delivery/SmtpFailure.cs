using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Sorts MailKit's errors by the server's reply code. A 5xx reply (550 mailbox unavailable, 535 authentication
/// refused, 554…) is permanent; 4xx (421, 450, 451, 452), refused connections, time-outs, TLS failures and anything
/// else without a reply code are temporary, so they are retried.
/// </summary>
internal static class SmtpFailure
{
    /// <summary>The failures of talking to a server; anything else is a bug and is not turned into a retry.</summary>
    public static bool IsDeliveryFailure(Exception exception) => exception is SmtpCommandException or SmtpProtocolException or AuthenticationException
        or SslHandshakeException or ServiceNotConnectedException or ServiceNotAuthenticatedException or IOException or SocketException or TimeoutException;

    public static MailDeliveryException Classify(Exception exception)
    {
        var code = exception switch
        {
            SmtpCommandException command => (int)command.StatusCode,
            AuthenticationException { InnerException: SmtpCommandException command } => (int)command.StatusCode,
            _ => ReplyCodeAtStart(exception.Message),
        };
        var reason = exception switch
        {
            SmtpCommandException command => $"{code} {command.Message}",
            AuthenticationException auth => code is { } known && !auth.Message.StartsWith($"{known}", StringComparison.Ordinal) ? $"{known} {auth.Message}" : auth.Message,
            SslHandshakeException tls => $"TLS: {FirstLine(tls.Message)}",
            SocketException socket => $"{socket.SocketErrorCode}: {socket.Message}",
            { InnerException: SocketException socket } => $"{socket.SocketErrorCode}: {socket.Message}",
            _ => FirstLine(exception.Message),
        };
        return new MailDeliveryException(reason, permanent: code is >= 500 and < 600, code, exception);
    }

    /// <summary>MailKit puts the server's text in the message; some failures (AUTH) carry the code only there.</summary>
    private static int? ReplyCodeAtStart(string message) =>
        message.Length >= 3 && int.TryParse(message.AsSpan(0, 3), out var code) && code is >= 200 and < 600 && (message.Length == 3 || !char.IsDigit(message[3])) ? code : null;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

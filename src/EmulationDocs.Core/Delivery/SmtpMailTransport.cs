using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Sends through an SMTP server with MailKit: one connection per session (connect and authenticate once, send the
/// batch, QUIT), TLS per <see cref="DeliveryOptions.Security"/>, AUTH when a user name is set, certificates checked by
/// <see cref="SmtpCertificatePolicy"/>.
/// </summary>
public sealed class SmtpMailTransport(DeliveryOptions options, ILogger? logger = null) : IMailTransport
{
    private readonly SmtpCertificatePolicy _certificates = new(options);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public IMailSession OpenSession() => new Session(options, _certificates, _logger);

    private sealed class Session(DeliveryOptions options, SmtpCertificatePolicy certificates, ILogger logger) : IMailSession
    {
        private readonly SmtpClient _client = new()
        {
            Timeout = (int)options.SmtpTimeout.TotalMilliseconds,
            ServerCertificateValidationCallback = certificates.Validate,
        };

        /// <summary>Connected and authenticated; false again after a failure that leaves the connection in doubt.</summary>
        private bool _ready;

        public async Task SendAsync(MailEnvelope envelope, CancellationToken cancellationToken)
        {
            using var message = MailMessages.Build(envelope, options);
            try
            {
                if (!_ready) await ConnectAsync(cancellationToken);
                await _client.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (SmtpFailure.IsDeliveryFailure(ex))
            {
                // A refused command (MAIL, RCPT, DATA) leaves the session usable: MailKit resets it. Anything else
                // (dropped connection, TLS, AUTH) starts the next message on a new connection.
                if (ex is not SmtpCommandException { ErrorCode: not SmtpErrorCode.UnexpectedStatusCode }) await DropAsync();
                throw SmtpFailure.Classify(ex);
            }
        }

        private async Task ConnectAsync(CancellationToken cancellationToken)
        {
            if (_client.IsConnected) await DropAsync();
            await _client.ConnectAsync(options.SmtpHost!, options.SmtpPort, SecurityOf(options), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName)) await _client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            _ready = true;
        }

        private async Task DropAsync()
        {
            _ready = false;
            if (!_client.IsConnected) return;
            try
            {
                await _client.DisconnectAsync(quit: false);
            }
            catch (Exception ex) when (SmtpFailure.IsDeliveryFailure(ex))
            {
                DeliveryLog.DisconnectFailed(logger, options.SmtpHost!, ex);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client.IsConnected)
            {
                try
                {
                    await _client.DisconnectAsync(quit: true);
                }
                catch (Exception ex) when (SmtpFailure.IsDeliveryFailure(ex))
                {
                    // Every message of the session has its answer already; a QUIT that fails loses nothing.
                    DeliveryLog.DisconnectFailed(logger, options.SmtpHost!, ex);
                }
            }
            _client.Dispose();
        }
    }

    internal static SecureSocketOptions SecurityOf(DeliveryOptions options) =>
        options.Security ?? (options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls);
}

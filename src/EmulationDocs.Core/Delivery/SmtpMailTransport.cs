using System.Net;
using System.Net.Mail;

namespace EmulationDocs.Core.Delivery;

/// <summary>Sends through an SMTP server with System.Net.Mail (MailKit is not in the package registry): STARTTLS and credentials from <see cref="DeliveryOptions"/>.</summary>
public sealed class SmtpMailTransport(DeliveryOptions options) : IMailTransport
{
    public async Task SendAsync(MailEnvelope envelope, CancellationToken cancellationToken)
    {
        using var message = MailMessages.Build(envelope, options);
        // SmtpClient is not thread-safe and keeps no pool worth sharing: one client per message.
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort)
        {
            EnableSsl = options.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)options.SmtpTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(options.UserName)) client.Credentials = new NetworkCredential(options.UserName, options.Password);
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            throw SmtpFailure.Classify(ex);
        }
    }
}

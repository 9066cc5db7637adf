using System.Net.Mail;

namespace EmulationDocs.Core.Delivery;

/// <summary>The default with no SMTP server configured: each message becomes an .eml file in <see cref="DeliveryOptions.PickupDirectory"/>.</summary>
public sealed class PickupFolderTransport(DeliveryOptions options) : IMailTransport
{
    public async Task SendAsync(MailEnvelope envelope, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.PickupDirectory);
        Directory.CreateDirectory(folder);
        using var message = MailMessages.Build(envelope, options);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            // A full or unwritable disk may recover: temporary.
            throw new MailDeliveryException($"Cannot write to {folder}: {ex.InnerException?.Message ?? ex.Message}", permanent: false, ex);
        }
    }

}

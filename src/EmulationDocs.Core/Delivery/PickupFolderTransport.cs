using MimeKit;

namespace EmulationDocs.Core.Delivery;

/// <summary>The default with no SMTP server configured: each message becomes an .eml file in <see cref="DeliveryOptions.PickupDirectory"/>.</summary>
public sealed class PickupFolderTransport(DeliveryOptions options) : IMailTransport
{
    public IMailSession OpenSession() => new Session(Path.GetFullPath(options.PickupDirectory), options);

    private sealed class Session(string folder, DeliveryOptions options) : IMailSession
    {
        public async Task SendAsync(MailEnvelope envelope, CancellationToken cancellationToken)
        {
            using var message = MailMessages.Build(envelope, options);
            // 7-bit, as a relay picking the file up may not speak 8BITMIME.
            message.Prepare(EncodingConstraint.SevenBit);
            var name = Path.Combine(folder, $"{Guid.NewGuid():N}.eml");
            try
            {
                Directory.CreateDirectory(folder);
                // Written under a temporary name and renamed, so a pickup service never reads half a message.
                await message.WriteToAsync(name + ".tmp", cancellationToken);
                File.Move(name + ".tmp", name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A full or unwritable disk may recover: temporary.
                throw new MailDeliveryException($"Cannot write to {folder}: {ex.Message}", permanent: false, inner: ex);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

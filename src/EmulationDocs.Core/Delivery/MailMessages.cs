using MimeKit;

namespace EmulationDocs.Core.Delivery;

/// <summary>Builds MimeKit messages: UTF-8 headers (RFC 2047 for the Vietnamese subject and names), text body, attachments, our Message-ID.</summary>
internal static class MailMessages
{
    public static MimeMessage Build(MailEnvelope envelope, DeliveryOptions options)
    {
        var message = new MimeMessage { Subject = envelope.Subject };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(envelope.To));
        // Identifies the outbox row: a resend after a crash carries the same id, so the receiving side can drop the duplicate.
        message.MessageId = envelope.MessageId.Trim('<', '>');
        var body = new BodyBuilder { TextBody = envelope.Body };
        foreach (var file in envelope.Attachments) body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.MediaType));
        message.Body = body.ToMessageBody();
        return message;
    }
}

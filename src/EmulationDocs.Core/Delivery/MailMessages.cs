using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace EmulationDocs.Core.Delivery;

/// <summary>Builds System.Net.Mail messages: UTF-8 subject and body, base64 attachments, our Message-ID.</summary>
internal static class MailMessages
{
    public static MailMessage Build(MailEnvelope envelope, DeliveryOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = envelope.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = envelope.Body,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(envelope.To));
        // Identifies the outbox row: a resend after a crash carries the same id, so the receiving side can drop the duplicate.
        message.Headers["Message-ID"] = envelope.MessageId;
        foreach (var file in envelope.Attachments)
        {
            // The stream belongs to the attachment and is disposed with the message.
            var attachment = new Attachment(new MemoryStream(file.Content, writable: false), file.FileName, file.MediaType)
            {
                NameEncoding = Encoding.UTF8,
                TransferEncoding = TransferEncoding.Base64,
            };
            attachment.ContentDisposition!.FileName = file.FileName;
            message.Attachments.Add(attachment);
        }
        return message;
    }
}

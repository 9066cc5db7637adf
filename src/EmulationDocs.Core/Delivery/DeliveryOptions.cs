using MailKit.Security;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// E-mail delivery settings; the web app binds them from the <c>Delivery</c> section of
/// appsettings (see README "E-mail delivery"). With no <see cref="SmtpHost"/>, messages are written
/// as .eml files to <see cref="PickupDirectory"/>.
/// </summary>
public sealed record DeliveryOptions
{
    /// <summary>SMTP server; null or empty: no server, write .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 587;

    /// <summary>
    /// TLS on the SMTP connection: <c>StartTls</c> (upgrade, required), <c>SslOnConnect</c> (implicit TLS), <c>None</c>, or
    /// <c>StartTlsWhenAvailable</c>/<c>Auto</c>. Unset: implicit TLS on port 465, STARTTLS required on any other port.
    /// </summary>
    public SecureSocketOptions? Security { get; init; }

    /// <summary>Accept a server certificate that does not match the host or is not trusted. Only for a server known to be misconfigured.</summary>
    public bool AllowInvalidCertificate { get; init; }

    /// <summary>
    /// A PEM or DER certificate file (the server's own self-signed certificate or the CA that issued it) trusted for the
    /// SMTP server in addition to the system's store; the host name must still match.
    /// </summary>
    public string? TrustedCertificatePath { get; init; }

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Sender address, e.g. <c>vanthu@trucninh.example.gov.vn</c>.</summary>
    public string FromAddress { get; init; } = "no-reply@emulationdocs.local";

    public string FromName { get; init; } = "Hệ thống văn bản thi đua – khen thưởng";

    public string PickupDirectory { get; init; } = Path.Combine("data", "mail-pickup");

    /// <summary>Per SMTP command and for connecting.</summary>
    public TimeSpan SmtpTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages a dispatcher claims at once.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Connections sending at the same time; each sends its share of the batch one message after another.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>How long a claim lasts; much longer than a batch takes, so a live dispatcher never loses its rows to another.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>First retry delay after a temporary failure; doubled each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Temporary failures after which the message is marked failed (about two days with the defaults).</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>How long LibreOffice may take to turn one document into its PDF; a conversion taking longer is a failed attempt.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Age of the oldest unsent message above which <c>/health</c> reports delivery as degraded.</summary>
    public TimeSpan PendingAgeWarning { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Wait between polls when the outbox has nothing due.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}

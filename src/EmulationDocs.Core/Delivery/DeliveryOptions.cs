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

    /// <summary>Upgrade the connection with STARTTLS (System.Net.Mail's <c>EnableSsl</c>); implicit TLS on port 465 is not supported by System.Net.Mail.</summary>
    public bool StartTls { get; init; } = true;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Sender address, e.g. <c>vanthu@trucninh.example.gov.vn</c>.</summary>
    public string FromAddress { get; init; } = "no-reply@emulationdocs.local";

    public string FromName { get; init; } = "Hệ thống văn bản thi đua – khen thưởng";

    public string PickupDirectory { get; init; } = Path.Combine("data", "mail-pickup");

    /// <summary>Per message, connection included.</summary>
    public TimeSpan SmtpTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages a dispatcher claims at once.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Messages sent at the same time, each on its own connection.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>How long a claim lasts; much longer than a batch takes, so a live dispatcher never loses its rows to another.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>First retry delay after a temporary failure; doubled each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Temporary failures after which the message is marked failed (about two days with the defaults).</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>Wait between polls when the outbox has nothing due.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// For a period, <see cref="DelegateId"/> acts in <see cref="FromUserId"/>'s role at a unit (a
/// chairman to a deputy: the deputy signs with <see cref="Prefix"/>, "KT." or "TUQ.").
/// </summary>
public sealed class Delegation
{
    /// <summary>The signature prefixes a delegation may carry.</summary>
    public static IReadOnlySet<string> Prefixes { get; } = new HashSet<string>(["KT.", "TUQ."]);

    public long Id { get; init; }

    public required string FromUserId { get; init; }

    public required string DelegateId { get; init; }

    public required string UnitId { get; init; }

    public required string Role { get; init; }

    /// <summary>"KT." or "TUQ.".</summary>
    public required string Prefix { get; init; }

    /// <summary>Start of the period, UTC, inclusive.</summary>
    public DateTime ValidFrom { get; init; }

    /// <summary>End of the period, UTC, exclusive (a delegation for 1–10 March ends on 11 March 00:00). Settable: an administrator may end a delegation early.</summary>
    public DateTime ValidTo { get; set; }

    /// <summary>Periods are UTC: a time without an offset (a file's "2022-03-01") is taken as UTC, a local one converted.</summary>
    internal static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}

namespace EmulationDocs.Core.Organisation;

/// <summary>A person who works in the system.</summary>
public sealed class User
{
    /// <summary>Login name, e.g. <c>vanthu.trucninh</c>.</summary>
    public required string Id { get; init; }

    public required string FullName { get; set; }

    public string? Email { get; set; }

    /// <summary>Login name, name and e-mail folded for search (<see cref="Search.UserSearchText"/>); written on every save.</summary>
    public string? SearchText { get; set; }

    /// <summary>Password hash (ASP.NET Core's hasher format); null for users who cannot sign in.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// Carried by every cookie and bearer token issued to the user and compared on each request: a new value (logout,
    /// new password, revoked role) ends them all at once, on every node.
    /// </summary>
    public string SecurityStamp { get; set; } = NewStamp();

    /// <summary>Set when an administrator resets the password: until the user chooses their own, they can do nothing else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Wrong passwords since the last successful sign-in or lockout.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>UTC; sign-ins are refused, even with the right password, until then.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>Ends every session and token issued so far.</summary>
    public void RotateSecurityStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

namespace EmulationDocs.Core.Organisation;

/// <summary>A person who works in the system.</summary>
public sealed class User
{
    /// <summary>Login name, e.g. <c>vanthu.trucninh</c>.</summary>
    public required string Id { get; init; }

    public required string FullName { get; set; }

    public string? Email { get; set; }

    /// <summary>Password hash (ASP.NET Core's hasher format); null for users who cannot sign in.</summary>
    public string? PasswordHash { get; set; }
}

namespace EmulationDocs.Core.Organisation.Accounts;

/// <summary>After <see cref="MaxFailedAttempts"/> consecutive wrong passwords an account refuses every sign-in for <see cref="Duration"/>.</summary>
public sealed record LockoutSettings
{
    public int MaxFailedAttempts { get; init; } = 5;

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(15);
}

using System.Security.Claims;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Organisation.Accounts;

namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// Signs users in through Core's <see cref="AccountSessions"/> (lockout included) and builds the principal both sign-in
/// paths issue: it carries the account's security stamp, checked on every request (<see cref="IsCurrentAsync"/>).
/// </summary>
public sealed class AccountService(AccountSessions sessions)
{
    public const string StampClaim = "emulationdocs:security-stamp";

    /// <summary>Present on the sessions of a user whose password was reset: they may only change it (<see cref="PasswordChangeGate"/>).</summary>
    public const string MustChangePasswordClaim = "emulationdocs:must-change-password";

    /// <summary>The one answer for an unknown user, a wrong password and a locked account.</summary>
    public string RefusalMessage => SignInOutcome.RefusalMessage(sessions.Lockout);

    /// <summary>The principal for a correct user id and password of an account that is not locked; null otherwise (the caller must not say which).</summary>
    public async Task<ClaimsPrincipal?> SignInPrincipalAsync(string? userId, string? password, string scheme, CancellationToken ct)
    {
        var outcome = await sessions.SignInAsync(userId, password, ct);
        return outcome is { Status: SignInStatus.Succeeded, User: { } user } ? PrincipalFor(user, scheme) : null;
    }

    public static ClaimsPrincipal PrincipalFor(User user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.FullName), new(StampClaim, user.SecurityStamp),
        };
        if (user.MustChangePassword) claims.Add(new(MustChangePasswordClaim, "true"));
        return new(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>False once the session's account signed out, had its password set or a role revoked (its stamp changed).</summary>
    public Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, CancellationToken ct) =>
        sessions.IsCurrentAsync(principal?.FindFirstValue(ClaimTypes.NameIdentifier), principal?.FindFirstValue(StampClaim), ct);

    /// <summary>Ends every cookie and token of the signed-in user.</summary>
    public Task SignOutEverywhereAsync(ClaimsPrincipal principal, CancellationToken ct) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? sessions.SignOutEverywhereAsync(userId, ct) : Task.CompletedTask;

    /// <summary>The user's own new password; returns the principal to issue again, since the old stamp no longer holds.</summary>
    /// <exception cref="OrganisationException">The current password is wrong or the new one is refused.</exception>
    public async Task<ClaimsPrincipal> ChangePasswordAsync(
        ClaimsPrincipal principal, string? currentPassword, string? newPassword, string? confirmation, string scheme, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
        return PrincipalFor(await sessions.ChangePasswordAsync(userId, currentPassword, newPassword, confirmation, ct), scheme);
    }
}

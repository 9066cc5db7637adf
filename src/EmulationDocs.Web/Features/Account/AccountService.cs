using System.Security.Claims;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Web.Features.Account;

/// <summary>Checks a user's password against the stored hash and builds the principal both sign-in paths use.</summary>
public sealed class AccountService(DatabaseFactory database)
{
    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString("N")));

    /// <summary>The principal for a correct user id and password; null otherwise (the caller must not say which was wrong).</summary>
    public async Task<ClaimsPrincipal?> SignInPrincipalAsync(string? userId, string? password, string scheme, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrEmpty(password)) return null;
        await using var context = database.Create();
        var user = await context.Users.FindAsync([userId.Trim()], ct);
        // An unknown user (or one without a password) costs the same hash computation, so the answer time does not tell which ids exist.
        var matches = PasswordHashing.Verify(user?.PasswordHash ?? DummyHash.Value, password);
        if (user?.PasswordHash is null || !matches) return null;
        return PrincipalFor(user, scheme);
    }

    public static ClaimsPrincipal PrincipalFor(User user, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.FullName)],
            scheme, ClaimTypes.Name, ClaimTypes.Role));
}

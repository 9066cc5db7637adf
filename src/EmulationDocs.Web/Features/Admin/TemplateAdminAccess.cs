using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>
/// Who may manage templates: heads of office and chairmen, at any unit. Roles live in the database (with delegations),
/// not in the cookie, so this is asked per request rather than expressed as a claims policy.
/// </summary>
public sealed class TemplateAdminAccess(UserScope user)
{
    private static readonly string[] AdminRoles = ["head", "chairman"];

    public async Task<bool> IsAllowedAsync(CancellationToken ct = default) =>
        (await user.RolesAsync(ct)).Any(r => AdminRoles.Contains(r.Role));
}

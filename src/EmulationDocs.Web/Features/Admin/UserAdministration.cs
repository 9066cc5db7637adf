using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Search;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>A role a user holds; <see cref="Administered"/> when the signed-in administrator may revoke it.</summary>
public sealed record UserRoleRow(string UnitId, string UnitName, string Role, string RoleName, string Title, bool Administered);

public sealed record UserRow(string Id, string FullName, string? Email, bool CanSignIn, IReadOnlyList<UserRoleRow> Roles);

/// <summary>
/// Quản trị › Người dùng. Users are administered through their roles: an administrator sees and edits the users holding a
/// role at a unit of their subtree, creates users by granting them a first role there, and grants or revokes roles at
/// those units only. Editing or resetting the password of someone who administers units beyond the subtree is refused,
/// so a district administrator cannot take over a province administrator's account.
/// </summary>
public sealed class UserAdministration(AdminAccess access, UserScope currentUser, DatabaseFactory database, OrganisationAdministration administration)
{
    /// <summary>Core's commands, audited as done by the signed-in administrator.</summary>
    private OrganisationAdministration Acting => administration.ActingAs(currentUser.UserId);

    public const int DefaultPageSize = 50;

    /// <summary>
    /// Users holding a role in the subtree, by id, filtered and paged by the database; <paramref name="query"/> matches login
    /// name, name or e-mail, case and diacritics ignored.
    /// </summary>
    public async Task<Page<UserRow>> ListAsync(string? query, PageRequest page, CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        var unitIds = units.ToList();
        await using var context = database.Create();
        var users = context.Users.AsNoTracking().Where(u => context.RoleAssignments.Any(r => r.UserId == u.Id && unitIds.Contains(r.UnitId)));
        if (SearchFolding.Fold(query ?? "") is { Length: > 0 } folded)
        {
            var pattern = SearchPattern.Containing(folded);
            users = users.Where(u => EF.Functions.Like(u.SearchText!, pattern, SearchPattern.Escape));
        }
        var total = await users.CountAsync(ct);
        var ids = await users.OrderBy(u => u.Id).Skip(page.Skip).Take(page.Size).Select(u => u.Id).ToListAsync(ct);
        return new Page<UserRow>(await RowsAsync(context, ids, units, ct), total, page.Page, page.Size);
    }

    /// <exception cref="AdminNotFoundException">The user holds no role in the subtree (or does not exist).</exception>
    public async Task<UserRow> GetAsync(string userId, CancellationToken ct = default) => await FindAsync(userId, ct) ?? throw NotFound(userId);

    /// <summary>The user when they hold a role in the subtree; null otherwise (or when they do not exist).</summary>
    public async Task<UserRow?> FindAsync(string userId, CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        await using var context = database.Create();
        var row = (await RowsAsync(context, [userId], units, ct)).SingleOrDefault();
        return row is not null && row.Roles.Any(r => r.Administered) ? row : null;
    }

    public async Task CreateAsync(NewUser user, RoleGrant role, CancellationToken ct = default)
    {
        await EnsureUnitAsync(role.UnitId, ct);
        await Acting.CreateUserAsync(user, role, ct);
    }

    public async Task UpdateAsync(string userId, string fullName, string? email, CancellationToken ct = default)
    {
        await EnsureAccountAsync(userId, ct);
        await Acting.UpdateUserAsync(userId, fullName, email, ct);
    }

    public async Task ResetPasswordAsync(string userId, string password, CancellationToken ct = default)
    {
        await EnsureAccountAsync(userId, ct);
        await Acting.ResetPasswordAsync(userId, password, ct);
    }

    public async Task GrantAsync(string userId, RoleGrant role, CancellationToken ct = default)
    {
        await GetAsync(userId, ct);
        await EnsureUnitAsync(role.UnitId, ct);
        await Acting.GrantRoleAsync(userId, role, ct);
    }

    public async Task RevokeAsync(string userId, string unitId, string role, CancellationToken ct = default)
    {
        await GetAsync(userId, ct);
        await EnsureUnitAsync(unitId, ct);
        // Nobody locks themself out; another administrator above can still do it.
        if (userId == currentUser.UserId && role == Roles.Administrator)
            throw new AdminForbiddenException("Bạn không thể tự thu hồi quyền quản trị của mình.");
        await Acting.RevokeRoleAsync(userId, unitId, role, ct);
    }

    private async Task EnsureUnitAsync(string unitId, CancellationToken ct)
    {
        if (!await access.AdministersAsync(unitId, ct)) throw new AdminNotFoundException($"Không tìm thấy đơn vị '{unitId}' trong các đơn vị bạn quản trị.");
    }

    /// <summary>The account (name, e-mail, password) may be changed unless its holder administers units beyond the subtree.</summary>
    private async Task EnsureAccountAsync(string userId, CancellationToken ct)
    {
        var user = await GetAsync(userId, ct);
        if (user.Roles.Any(r => r.Role == Roles.Administrator && !r.Administered))
            throw new AdminForbiddenException("Người dùng này quản trị đơn vị ngoài phạm vi của bạn; hãy nhờ quản trị cấp trên.");
    }

    private static async Task<IReadOnlyList<UserRow>> RowsAsync(EmulationDocsDbContext context, IReadOnlyCollection<string> ids, IReadOnlySet<string> administered, CancellationToken ct)
    {
        var users = await context.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(ct);
        var roles = (await context.RoleAssignments.AsNoTracking().Where(r => ids.Contains(r.UserId))
                .Join(context.Units.AsNoTracking(), r => r.UnitId, u => u.Id, (r, u) => new { r.UserId, r.UnitId, UnitName = u.Name, r.Role, r.Title })
                .ToListAsync(ct))
            .ToLookup(r => r.UserId);
        return users.Select(u => new UserRow(u.Id, u.FullName, u.Email, u.PasswordHash is not null,
                roles[u.Id].OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
                    .Select(r => new UserRoleRow(r.UnitId, r.UnitName, r.Role, AdminLabels.Role(r.Role), r.Title, administered.Contains(r.UnitId))).ToList()))
            .ToList();
    }

    private static AdminNotFoundException NotFound(string userId) => new($"Không tìm thấy người dùng '{userId}' trong các đơn vị bạn quản trị.");
}

using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Người dùng › one user: name and e-mail, password reset, roles with grant and revoke.</summary>
public sealed class UserEditModel(AdminAccess access, UserAdministration users, UnitAdministration units) : AdminPageModel(access)
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public GrantForm Grant { get; set; } = new();

    public UserRow Account { get; private set; } = null!;

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FullName = Account.FullName;
        Email = Account.Email;
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        CommandAsync(() => users.UpdateAsync(Id, FullName ?? "", Email, ct), "Đã lưu thông tin người dùng.", Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) =>
        CommandAsync(() => users.ResetPasswordAsync(Id, Password ?? "", ct), "Đã đặt lại mật khẩu. Các phiên đăng nhập của người dùng đã kết thúc; lần đăng nhập sau họ phải đổi mật khẩu.", Back, () => ReloadKeepingInputAsync(ct));

    public Task<IActionResult> OnPostGrantAsync(CancellationToken ct) =>
        CommandAsync(() => users.GrantAsync(Id, new RoleGrant(Grant.Unit ?? "", Grant.Role ?? "", Grant.Title), ct), "Đã giao vai trò.", Back,
            () => ReloadKeepingInputAsync(ct));

    public async Task<IActionResult> OnPostRevokeAsync(string unit, string role, CancellationToken ct)
    {
        var result = await CommandAsync(() => users.RevokeAsync(Id, unit, role, ct), "Đã thu hồi vai trò.", Back, () => ReloadKeepingInputAsync(ct));
        // After the last role in the subtree goes, the user is no longer this administrator's to show.
        if (result is RedirectResult && await users.FindAsync(Id, ct) is null) return Redirect("/Admin/Users");
        return result;
    }

    private IActionResult Back() => Redirect($"/Admin/Users/{Uri.EscapeDataString(Id)}");

    private async Task LoadAsync(CancellationToken ct)
    {
        Account = await users.GetAsync(Id, ct);
        Units = await units.TreeAsync(ct);
    }

    /// <summary>A refused password or role form must not lose the name and e-mail fields, which it did not post.</summary>
    private async Task ReloadKeepingInputAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FullName ??= Account.FullName;
        Email ??= Account.Email;
    }

    public sealed class GrantForm
    {
        public string? Unit { get; set; }
        public string? Role { get; set; }
        public string? Title { get; set; }
    }
}

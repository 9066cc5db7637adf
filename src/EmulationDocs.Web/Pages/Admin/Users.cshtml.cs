using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Web.Features.Admin;
using EmulationDocs.Web.Features.Paging;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Người dùng: users holding roles in the subtree, a search, and the form creating a user with a first role.</summary>
public sealed class UsersModel(AdminAccess access, UserAdministration users, UnitAdministration units) : AdminPageModel(access)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public NewUserForm Form { get; set; } = new();

    /// <summary>The page of the list asked for ("Trang"), from 1.</summary>
    [BindProperty(Name = Pager.PageParameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, 1, 0, "/Admin/Users", []);

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CommandAsync(() => users.CreateAsync(new NewUser(Form.Id?.Trim() ?? "", Form.FullName ?? "", Form.Email, Form.Password ?? ""),
                new RoleGrant(Form.Unit ?? "", Form.Role ?? "", Form.Title), ct),
            $"Đã tạo người dùng {Form.Id?.Trim()}.", () => Redirect($"/Admin/Users/{Uri.EscapeDataString(Form.Id?.Trim() ?? "")}"), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var found = await users.ListAsync(Q, PageRequest.Of(PageNumber, null, UserAdministration.DefaultPageSize), ct);
        Users = found.Items;
        Pager = new Pager(found.PageNumber, found.PageCount, found.Total, "/Admin/Users", [new("q", Q)]);
        Units = await units.TreeAsync(ct);
    }

    public sealed class NewUserForm
    {
        public string? Id { get; set; }
        public string? FullName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Unit { get; set; }
        public string? Role { get; set; }
        public string? Title { get; set; }
    }
}

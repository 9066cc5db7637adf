using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Đơn vị: the administered tree with level and address-book e-mail.</summary>
public sealed class UnitsModel(AdminAccess access, UnitAdministration units) : AdminPageModel(access)
{
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.TreeAsync(ct);
}

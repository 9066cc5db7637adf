using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị: the sections the signed-in administrator may use.</summary>
public sealed class IndexModel(AdminAccess access) : AdminPageModel(access)
{
    public bool OrganisationWide { get; private set; }

    public int UnitCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        OrganisationWide = await Access.ManagesOrganisationWideAsync(ct);
        UnitCount = (await Access.AdministeredUnitIdsAsync(ct)).Count;
    }
}

using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Quy trình › one published version, read-only.</summary>
public sealed class WorkflowVersionModel(AdminAccess access, WorkflowAdministration workflows) : AdminPageModel(access)
{
    protected override bool OrganisationWideOnly => true;

    public string Id { get; private set; } = "";

    public int Version { get; private set; }

    public string Json { get; private set; } = "";

    public async Task OnGetAsync(string id, int version, CancellationToken ct)
    {
        (Id, Version) = (id, version);
        Json = await workflows.JsonAsync(id, version, ct);
    }
}

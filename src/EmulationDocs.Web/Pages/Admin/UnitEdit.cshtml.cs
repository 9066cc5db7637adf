using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Đơn vị › one unit: its details and address-book entry (e-mail, other names).</summary>
public sealed class UnitEditModel(AdminAccess access, UnitAdministration units) : AdminPageModel(access)
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public UnitRow Unit { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Unit = await units.GetAsync(Id, ct);
        Form = UnitForm.From(Unit);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CommandAsync(() => units.UpdateAsync(Id, Form.Details, ct), "Đã lưu thông tin đơn vị.",
            () => Redirect($"/Admin/Units/{Id}"), async () => Unit = await units.GetAsync(Id, ct));
}

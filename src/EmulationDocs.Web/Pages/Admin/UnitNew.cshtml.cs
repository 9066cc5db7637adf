using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>Quản trị › Đơn vị › Thêm đơn vị trực thuộc <see cref="Parent"/>.</summary>
public sealed class UnitNewModel(AdminAccess access, UnitAdministration units) : AdminPageModel(access)
{
    [BindProperty(SupportsGet = true, Name = "parent")]
    public string ParentId { get; set; } = "";

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public UnitRow Parent { get; private set; } = null!;

    public IReadOnlyList<string> Levels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // Most children share the parent's place and abbreviation (a commune's school differs only in name).
        Form = new UnitForm { Place = Parent.Place, Level = Levels.FirstOrDefault() };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CommandAsync(() => units.CreateAsync(Form.NewUnit(ParentId), ct), $"Đã thêm đơn vị \"{Form.Name?.Trim()}\".",
            () => Redirect("/Admin/Units"), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Parent = await units.GetAsync(ParentId, ct);
        Levels = await units.ChildLevelsAsync(ParentId, ct);
    }
}

using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>
/// Quản trị › Ủy quyền. Periods are whole days, written like the organisation file's dates (midnight UTC): from the first
/// day to the end of the last, so "đến hết ngày 10/03" is stored as ValidTo 11 March 00:00, exclusive.
/// </summary>
public sealed class DelegationsModel(AdminAccess access, DelegationAdministration delegations, TimeProvider clock) : AdminPageModel(access)
{
    [BindProperty]
    public DelegationForm Form { get; set; } = new();

    public IReadOnlyList<DelegationRow> Delegations { get; private set; } = [];

    public IReadOnlyList<DelegableRole> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.From = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CommandAsync(() => delegations.CreateAsync(Form.ToDelegation(), ct), "Đã tạo ủy quyền.", () => Redirect("/Admin/Delegations"), () => LoadAsync(ct));

    public Task<IActionResult> OnPostEndAsync(long id, CancellationToken ct) =>
        CommandAsync(() => delegations.EndAsync(id, ct), "Đã kết thúc ủy quyền.", () => Redirect("/Admin/Delegations"), () => LoadAsync(ct));

    /// <summary>The period as officials read it: whole days, or the moment a delegation was ended early (Vietnam time).</summary>
    public static string Period(DelegationRow row)
    {
        var from = row.ValidFrom.TimeOfDay == TimeSpan.Zero ? row.ValidFrom.ToString("dd/MM/yyyy") : WorkflowTime(row.ValidFrom);
        if (row.ValidTo <= row.ValidFrom) return $"{from} (đã hủy trước khi bắt đầu)";
        var to = row.ValidTo.TimeOfDay == TimeSpan.Zero ? "hết ngày " + row.ValidTo.AddDays(-1).ToString("dd/MM/yyyy") : WorkflowTime(row.ValidTo);
        return $"Từ {from} đến {to}";
    }

    public static string State(DelegationState state) => state switch
    {
        DelegationState.Current => "Đang hiệu lực",
        DelegationState.Future => "Sắp tới",
        _ => "Đã kết thúc",
    };

    private static string WorkflowTime(DateTime utc) => Features.Documents.WorkflowLabels.Time(utc);

    private async Task LoadAsync(CancellationToken ct)
    {
        Delegations = await delegations.ListAsync(ct);
        Roles = await delegations.DelegableRolesAsync(ct);
    }

    public sealed class DelegationForm
    {
        /// <summary><see cref="DelegableRole.Key"/>: who delegates which role at which unit.</summary>
        public string? Holder { get; set; }
        public string? Delegate { get; set; }
        public string? Prefix { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? Until { get; set; }

        public NewDelegation ToDelegation()
        {
            var parts = (Holder ?? "").Split('|');
            var from = From ?? DateOnly.MinValue;
            // A missing end date stays before the start, which the service refuses with its own message.
            var to = Until?.AddDays(1) ?? from;
            return new NewDelegation(parts[0], Delegate?.Trim() ?? "", parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "", Prefix ?? "",
                from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
    }
}

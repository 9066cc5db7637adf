using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages;

/// <summary>"Việc cần xử lý": the home page is the inbox, since acting on tasks is what most users come for.</summary>
public sealed class IndexModel(InboxQuery inbox, NotificationQuery notifications) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public IReadOnlyList<InboxRow> Items { get; private set; } = [];

    public IReadOnlyList<NotificationRow> Notifications { get; private set; } = [];

    /// <summary>Kinds and units among all the user's tasks, so a filter never offers a choice that shows nothing.</summary>
    public IReadOnlyList<FilterChoice> Kinds { get; private set; } = [];

    public IReadOnlyList<FilterChoice> Units { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is { Length: > 0 } || Unit is { Length: > 0 } || Overdue;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Notifications = await notifications.ForCurrentUserAsync(ct);
        var all = await inbox.ForCurrentUserAsync(ct);
        Items = new InboxFilter(Q, Kind, Unit, Overdue).Apply(all);
        Kinds = [.. all.DistinctBy(r => r.DefinitionId).Select(r => new FilterChoice(r.DefinitionId, r.DefinitionName)).OrderBy(c => c.Label)];
        Units = [.. all.Where(r => r.UnitId is not null).DistinctBy(r => r.UnitId).Select(r => new FilterChoice(r.UnitId!, r.UnitName)).OrderBy(c => c.Label)];
    }
}

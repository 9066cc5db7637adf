using EmulationDocs.Core.Paging;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Inbox;
using EmulationDocs.Web.Features.Paging;
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

    /// <summary>The page of the list asked for ("Trang"), from 1.</summary>
    [BindProperty(Name = Pager.PageParameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<InboxRow> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, 1, 0, "/", []);

    public IReadOnlyList<NotificationRow> Notifications { get; private set; } = [];

    /// <summary>Kinds and units among all the user's tasks, so a filter never offers a choice that shows nothing.</summary>
    public IReadOnlyList<FilterChoice> Kinds { get; private set; } = [];

    public IReadOnlyList<FilterChoice> Units { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is { Length: > 0 } || Unit is { Length: > 0 } || Overdue;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Notifications = await notifications.ForCurrentUserAsync(ct);
        var found = await inbox.PageAsync(new InboxFilter(Q, Kind, Unit, Overdue), PageRequest.Of(PageNumber, null, InboxQuery.DefaultPageSize), ct);
        Items = found.Items;
        Kinds = found.Kinds;
        Units = found.Units;
        Pager = new Pager(found.Page, found.PageCount, found.Total, "/", [new("q", Q), new("kind", Kind), new("unit", Unit), new("overdue", Overdue ? "true" : null)]);
    }
}

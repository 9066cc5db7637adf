using EmulationDocs.Web.Features.Inbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages;

/// <summary>"Việc cần xử lý": the home page is the inbox, since acting on tasks is what most users come for.</summary>
public sealed class IndexModel(InboxQuery inbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<InboxRow> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await inbox.ForCurrentUserAsync(Q, ct);
}

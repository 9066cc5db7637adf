using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

public sealed class IndexModel(InstanceQueries instances) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<InstanceRow> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await instances.ListAsync(Q, ct);
}

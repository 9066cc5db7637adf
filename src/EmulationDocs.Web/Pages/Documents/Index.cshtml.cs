using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

public sealed class IndexModel(InstanceQueries instances) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public DocumentList List { get; private set; } = new([], false, [], [], []);

    public async Task OnGetAsync(CancellationToken ct) => List = await instances.ListAsync(new DocumentFilter(Q, Kind, Year, Unit), ct);
}

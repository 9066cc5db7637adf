using EmulationDocs.Core.Paging;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Paging;
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

    /// <summary>The page of the list asked for ("Trang"), from 1.</summary>
    [BindProperty(Name = Pager.PageParameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public DocumentList List { get; private set; } = new([], 0, 1, InstanceQueries.DefaultPageSize, [], [], []);

    public Pager Pager { get; private set; } = new(1, 1, 0, "/Documents", []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await instances.ListAsync(new DocumentFilter(Q, Kind, Year, Unit), PageRequest.Of(PageNumber, null, InstanceQueries.DefaultPageSize), ct);
        Pager = new Pager(List.Page, List.PageCount, List.Total, "/Documents",
            [new("q", Q), new("kind", Kind), new("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("unit", Unit)]);
    }
}

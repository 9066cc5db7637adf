using System.Globalization;
using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Paging;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Awards;
using EmulationDocs.Web.Features.Paging;
using EmulationDocs.Web.Features.Tables;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Awards;

/// <summary>"Sổ khen thưởng": the awards the user may see, filtered and paged, and the same selection as an .xlsx sheet.</summary>
public sealed class IndexModel(AwardRegister register, UserScope user) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Title { get; set; }

    [BindProperty(SupportsGet = true)]
    public AwardeeKind? Kind { get; set; }

    [BindProperty(Name = Pager.PageParameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public Page<AwardListItem> Awards { get; private set; } = new([], 0, 1, PageSize);

    public AwardFacets Facets { get; private set; } = new([], []);

    public Pager Pager { get; private set; } = new(1, 1, 0, "/Awards", []);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Year is not null || !string.IsNullOrEmpty(Title) || Kind is not null;

    private AwardCriteria Criteria => new(Q, Year, Title, null, Kind);

    private IReadOnlyList<KeyValuePair<string, string?>> Filters =>
        [new("q", Q), new("year", Year?.ToString(CultureInfo.InvariantCulture)), new("title", Title), new("kind", Kind?.ToString())];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Facets = await register.FacetsAsync(user.UserId, ct);
        Awards = await register.PageAsync(user.UserId, Criteria, PageRequest.Of(PageNumber, null, PageSize), ct);
        Pager = new Pager(Awards.PageNumber, Awards.PageCount, Awards.Total, "/Awards", Filters);
    }

    /// <summary>The export of what the filters select (every page of it).</summary>
    public string ExportLink
    {
        get
        {
            var query = new QueryBuilder { { "handler", "Export" } };
            foreach (var (name, value) in Filters)
                if (!string.IsNullOrEmpty(value)) query.Add(name, value);
            return "/Awards" + query.ToQueryString();
        }
    }

    /// <summary>The filtered register as a sheet (at most <see cref="AwardRegister.MaxExportRows"/> lines).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var lines = await register.AllAsync(user.UserId, Criteria, ct);
        var sheet = XlsxSheet.Write("Sổ khen thưởng", AwardSheet.Header, lines.Select(AwardSheet.Row));
        return File(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "So-khen-thuong.xlsx");
    }
}

using Microsoft.AspNetCore.Http.Extensions;

namespace EmulationDocs.Web.Features.Paging;

/// <summary>The pager under a list ("Trang 2/7 · Trang trước · Trang sau"): where it stands and the address of another page.</summary>
/// <param name="Path">The list's page ("/", "/Documents").</param>
/// <param name="Filters">The list's filters, kept from page to page; empty ones are left out of the address.</param>
public sealed record Pager(int Page, int PageCount, int Total, string Path, IReadOnlyList<KeyValuePair<string, string?>> Filters)
{
    /// <summary>The pages' query parameter; "page" is Razor Pages' own route value, so the pages say "trang".</summary>
    public const string PageParameter = "trang";

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public string Link(int page)
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in Filters)
            if (!string.IsNullOrEmpty(value)) query.Add(name, value);
        if (page > 1) query.Add(PageParameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Path + query.ToQueryString();
    }
}

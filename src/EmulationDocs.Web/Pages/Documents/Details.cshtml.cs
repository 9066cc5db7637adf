using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

public sealed class DetailsModel(InstanceQueries instances) : PageModel
{
    public InstanceDetails Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await instances.DetailsAsync(id, ct) is not { } document) return NotFound();
        Document = document;
        return Page();
    }
}

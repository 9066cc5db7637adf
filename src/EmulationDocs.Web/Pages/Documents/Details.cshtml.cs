using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Delivery;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

[Authorize(Policy = AccessPolicies.ReadDocument)]
public sealed class DetailsModel(InstanceQueries instances, DeliveryService deliveries) : PageModel
{
    public InstanceDetails Document { get; private set; } = null!;

    public IReadOnlyList<DeliveryRow> Deliveries { get; private set; } = [];

    /// <summary>The outcome of a resend, shown above the delivery table.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await instances.DetailsAsync(id, ct) is not { } document) return NotFound();
        Document = document;
        Deliveries = await deliveries.ForInstanceAsync(id, ct) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid messageId, CancellationToken ct)
    {
        try
        {
            await deliveries.ResendAsync(messageId, ct);
            Notice = "Đã đưa thư vào hàng đợi để gửi lại.";
        }
        catch (WorkflowNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowException ex)
        {
            Notice = ex.UserMessage;
        }
        return RedirectToPage(new { id });
    }
}

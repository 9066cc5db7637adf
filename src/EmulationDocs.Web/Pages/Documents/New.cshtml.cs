using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

/// <summary>Two steps on one page: without a chosen chain, the list of chains; with one, the form of its start document.</summary>
public sealed class NewModel(StartDocumentService start) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Definition { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public IReadOnlyList<StartOption> Options { get; private set; } = [];

    public StartForm? Form { get; private set; }

    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    public string IdempotencyKey { get; private set; } = "";

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Definition is null || Unit is null)
        {
            Options = await start.OptionsAsync(ct);
            return Page();
        }
        if (await start.FormAsync(Definition, Unit, ct) is not { } form) return NotFound();
        Show(form, form.Values);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string idempotencyKey, CancellationToken ct)
    {
        if (Definition is null || Unit is null || await start.FormAsync(Definition, Unit, ct) is not { } form) return NotFound();
        var (data, problems) = ContractForm.Read(form.Contract, Request.Form);
        Errors.AddRange(problems);
        if (string.IsNullOrWhiteSpace(Title)) Errors.Add("Chưa nhập tiêu đề.");
        if (Errors.Count == 0)
        {
            try
            {
                var result = await start.StartAsync(idempotencyKey, Definition, Unit, Title!.Trim(), new JsonObject { [form.DocumentRole] = data }, ct);
                TempData["Notice"] = "Đã tạo văn bản.";
                return Redirect($"/Documents/{result.InstanceId}");
            }
            catch (DocumentDataException ex)
            {
                Errors.AddRange(ex.Violations.Select(v => $"{v.Path}: {v.Message}"));
            }
            catch (WorkflowException ex)
            {
                Errors.Add(ex.UserMessage);
            }
        }
        Show(form, data);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Show(StartForm form, JsonObject values)
    {
        Form = form;
        Fields = ContractForm.Fields(form.Contract, values);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }
}

using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Documents;

/// <summary>
/// Two steps on one page: without a chosen chain, the list of chains; with one, the form of its start document. The form
/// posts one of: "Lưu nháp" (start, the draft stays at the clerk's step), "Lưu và trình" (start and submit), "Thêm dòng" or
/// "Nhập từ Excel" on a list (the form comes back with the rows, nothing is started).
/// </summary>
public sealed class NewModel(StartDocumentService start) : PageModel
{
    public const string Draft = "draft";
    public const string Submit = "submit";

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

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Definition is null || Unit is null)
        {
            Options = await start.OptionsAsync(ct);
            return Page();
        }
        if (await start.FormAsync(Definition, Unit, ct) is not { } form) return NotFound();
        Show(form, form.Values, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string idempotencyKey, string? intent, string? addRow, string? importTo, CancellationToken ct)
    {
        if (Definition is null || Unit is null || await start.FormAsync(Definition, Unit, ct) is not { } form) return NotFound();
        var (data, problems) = ContractForm.Read(form.Contract, Request.Form, form.Document.Context);
        Errors.AddRange(problems);
        if (addRow is not null)
        {
            Show(form, data, addRow);
            return Page();
        }
        if (importTo is not null)
        {
            Notice = FormSheetImport.Apply(form.Document, data, importTo, Request.Form, Errors);
            return Redisplay(form, data, Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        }
        if (string.IsNullOrWhiteSpace(Title)) Errors.Add("Chưa nhập tiêu đề.");
        if (Errors.Count == 0)
        {
            var submit = intent == Submit;
            try
            {
                var result = await start.StartAsync(idempotencyKey, Definition, Unit, Title!.Trim(), new JsonObject { [form.DocumentRole] = data }, submit, ct);
                TempData["Notice"] = submit ? "Đã tạo văn bản và trình." : "Đã lưu nháp. Văn bản nằm trong mục «Bản nháp đang soạn» ở trang chủ.";
                return Redirect($"/Documents/{result.InstanceId}");
            }
            catch (IncompleteDraftException ex)
            {
                Errors.Add("Chưa trình được vì văn bản còn thiếu (có thể bấm «Lưu nháp» để lưu phần đã nhập):");
                Errors.AddRange(ex.Missing);
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
        return Redisplay(form, data, StatusCodes.Status400BadRequest);
    }

    private PageResult Redisplay(StartForm form, JsonObject data, int status)
    {
        Show(form, data, null);
        Response.StatusCode = status;
        return Page();
    }

    private void Show(StartForm form, JsonObject values, string? addRowsTo)
    {
        Form = form;
        Fields = ContractForm.Fields(form.Contract, values, form.Document.Context, form.Document.Template,
            addRowsTo is null ? null : new Dictionary<string, int> { [addRowsTo] = 3 });
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }
}

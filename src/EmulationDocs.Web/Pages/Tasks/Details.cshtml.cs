using System.Text.Json.Nodes;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Tasks;

public sealed class DetailsModel(TaskDetailsQuery query, TaskActionService actions) : PageModel
{
    public const string ConflictMessage = "Người khác vừa xử lý công việc này trước bạn. Hãy tải lại trang để xem tình trạng mới.";

    public TaskDetails Task { get; private set; } = null!;

    /// <summary>The drafting step's form, with what the user typed when the page comes back (an error, a row added, an import).</summary>
    public IReadOnlyList<FormField> DraftFields { get; private set; } = [];

    /// <summary>Generated at render time and posted back: a double click or a resent form makes one transition.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public List<string> Errors { get; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        Show(task, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, string idempotencyKey, long revision, string? comment, string? returnTo,
        bool written, List<string>? candidates, List<string>? votes, string? addRow, string? importTo, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        var draft = DraftData(task);
        if (draft is not null && (addRow is not null || importTo is not null))
        {
            if (importTo is not null) Notice = FormSheetImport.Apply(task.Draft!.Form, draft, importTo, Request.Form, Errors);
            Show(task, draft, addRow);
            Response.StatusCode = Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            return Page();
        }
        if (Errors.Count > 0 || action is null) return Redisplay(task, draft, action is null ? "Chưa chọn thao tác." : null, StatusCodes.Status400BadRequest);
        try
        {
            var request = new TaskActionRequest(action, idempotencyKey, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                draft is null ? null : new JsonObject { [task.Draft!.DocumentRole] = draft }, Ballot(candidates, votes),
                string.IsNullOrEmpty(returnTo) ? null : returnTo, written, revision);
            await actions.ActAsync(id, request, ct);
            if (action == TaskActions.Save)
            {
                TempData["Notice"] = "Đã lưu nháp thành một bản mới của văn bản.";
                return Redirect($"/Tasks/{id}");
            }
            TempData["Notice"] = $"Đã xử lý: {WorkflowLabels.Action(action)} — {task.Instance.Title}";
            return Redirect("/");
        }
        catch (ConcurrencyConflictException)
        {
            return Redisplay(task, draft, ConflictMessage, StatusCodes.Status409Conflict);
        }
        catch (WorkflowNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowException ex)
        {
            return Redisplay(task, draft, ex.UserMessage, StatusCodes.Status400BadRequest);
        }
        catch (IncompleteDraftException ex)
        {
            Errors.Add("Chưa trình được vì văn bản còn thiếu (có thể bấm «Lưu nháp» để lưu phần đã nhập):");
            Errors.AddRange(ex.Missing);
            return Redisplay(task, draft, null, StatusCodes.Status400BadRequest);
        }
    }

    private PageResult Redisplay(TaskDetails task, JsonObject? draft, string? error, int status)
    {
        if (error is not null) Errors.Add(error);
        Show(task, draft, null);
        Response.StatusCode = status;
        return Page();
    }

    private void Show(TaskDetails task, JsonObject? draft, string? addRowsTo)
    {
        Task = task;
        DraftFields = task.Draft?.Fields(draft, addRowsTo is null ? null : new Dictionary<string, int> { [addRowsTo] = 3 }) ?? [];
        // A fresh key: the user decides again after reading the message, and that is a new command.
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    /// <summary>On a drafting step the clerk's edits in the generated form go with the action; a value that does not parse is an error.</summary>
    private JsonObject? DraftData(TaskDetails task)
    {
        if (task.Draft is null || !Request.HasFormContentType) return null;
        var (data, problems) = ContractForm.Read(task.Draft.Form.Contract, Request.Form, task.Draft.Form.Context);
        Errors.AddRange(problems);
        return data;
    }

    private static Dictionary<string, bool>? Ballot(List<string>? candidates, List<string>? votes)
    {
        if (candidates is null || candidates.Count == 0) return null;
        var ballot = new Dictionary<string, bool>();
        for (var i = 0; i < candidates.Count; i++)
        {
            // A candidate left without a choice is left out, and the engine names whom the ballot misses.
            if (votes is not null && i < votes.Count && votes[i] is "agree" or "disagree") ballot[candidates[i]] = votes[i] == "agree";
        }
        return ballot;
    }
}

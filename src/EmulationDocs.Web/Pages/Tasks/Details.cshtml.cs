using System.Text.Json.Nodes;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Tasks;
using EmulationDocs.Web.Features.Authorization;
using EmulationDocs.Web.Features.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Tasks;

[Authorize(Policy = AccessPolicies.ReadTask)]
public sealed class DetailsModel(TaskDetailsQuery query, TaskActionService actions) : PageModel
{
    public const string ConflictMessage = "Người khác vừa xử lý công việc này trước bạn. Hãy tải lại trang để xem tình trạng mới.";

    public const string WithdrawUnconfirmedMessage = "Văn bản chưa được rút. Hãy đánh dấu ô xác nhận «Tôi xác nhận rút văn bản này» rồi bấm «Rút văn bản».";

    public TaskDetails Task { get; private set; } = null!;

    /// <summary>The step's document forms, with what the user typed when the page comes back (an error, a row added, an import).</summary>
    public IReadOnlyList<(DraftForm Form, IReadOnlyList<FormField> Fields)> DocumentFields { get; private set; } = [];

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
        bool written, List<string>? candidates, List<string>? votes, string? addRow, string? importTo, bool confirmWithdraw, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        var (draft, problems) = Posted(task);
        if (draft is not null && (addRow is not null || importTo is not null))
        {
            Errors.AddRange(problems);
            if (importTo is not null && task.Forms.FirstOrDefault(f => f.Prefix == ContractForm.PrefixOf(importTo)) is { } target)
                Notice = FormSheetImport.Apply(target.Form, draft[target.DocumentRole]!.AsObject(), importTo, Request.Form, Errors);
            Show(task, draft, addRow);
            Response.StatusCode = Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            return Page();
        }
        if (action is null) return Redisplay(task, draft, "Chưa chọn thao tác.", StatusCodes.Status400BadRequest);
        // Withdrawing cannot be undone: the page asks for the box to be ticked, whatever the browser's script did. Someone not
        // offered the action gets the engine's own refusal below.
        if (action == TaskActions.Withdraw && !confirmWithdraw && task.Actions.Any(a => a.Code == TaskActions.Withdraw))
            return Redisplay(task, draft, WithdrawUnconfirmedMessage, StatusCodes.Status400BadRequest);
        // A value that does not parse stops only an action that sends the documents: "Trả lại" goes without them.
        var carries = draft is not null && TaskDocuments.Carries(task.StepKind, action);
        if (carries && problems.Count > 0)
        {
            Errors.AddRange(problems);
            return Redisplay(task, draft, null, StatusCodes.Status400BadRequest);
        }
        try
        {
            var request = new TaskActionRequest(action, idempotencyKey, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                carries ? draft : null, Ballot(candidates, votes),
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
            // The form comes back with what was typed, under the status the API gives the same refusal.
            return Redisplay(task, draft, ex.UserMessage, ErrorProblem.From(ex).Status ?? StatusCodes.Status400BadRequest);
        }
        catch (IncompleteDraftException ex)
        {
            Errors.Add(action == TaskActions.Approve
                ? "Chưa đồng ý được vì văn bản còn thiếu (phần đã nhập vẫn được giữ trên trang):"
                : "Chưa trình được vì văn bản còn thiếu (có thể bấm «Lưu nháp» để lưu phần đã nhập):");
            Errors.AddRange(ex.Missing);
            return Redisplay(task, draft, null, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>"Nhận xử lý" / "Trả lại cho bộ phận": takes a role task or gives it back.</summary>
    public async Task<IActionResult> OnPostClaimAsync(Guid id, bool release, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        try
        {
            await actions.ClaimAsync(id, release, ct);
            TempData["Notice"] = release ? "Đã trả công việc cho bộ phận; người cùng vai trò có thể nhận." : "Bạn đã nhận xử lý công việc này.";
            return Redirect($"/Tasks/{id}");
        }
        catch (WorkflowNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowException ex)
        {
            return Redisplay(task, null, ex.UserMessage, ErrorProblem.From(ex).Status ?? StatusCodes.Status400BadRequest);
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
        var extraRows = addRowsTo is null ? null : new Dictionary<string, int> { [addRowsTo] = 3 };
        DocumentFields = task.Forms.Select(f => (f, f.Fields(draft?[f.DocumentRole] as JsonObject, extraRows))).ToList();
        // A fresh key: the user decides again after reading the message, and that is a new command.
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// The documents as posted in the step's forms, by role (null when the step has none), and the values that do not parse.
    /// Read for every action, so the page keeps what was typed whatever happens next.
    /// </summary>
    private (JsonObject? Data, List<string> Problems) Posted(TaskDetails task)
    {
        var problems = new List<string>();
        if (task.Forms.Count == 0 || !Request.HasFormContentType) return (null, problems);
        var data = new JsonObject();
        foreach (var form in task.Forms)
        {
            var (document, invalid) = form.Read(Request.Form);
            data[form.DocumentRole] = document;
            problems.AddRange(task.Forms.Count > 1 ? invalid.Select(p => $"{form.Heading}: {p}") : invalid);
        }
        return (data, problems);
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

using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Tasks;

public sealed class DetailsModel(TaskDetailsQuery query, TaskActionService actions, ContractCatalog contracts) : PageModel
{
    public const string ConflictMessage = "Người khác vừa xử lý công việc này trước bạn. Hãy tải lại trang để xem tình trạng mới.";

    public TaskDetails Task { get; private set; } = null!;

    /// <summary>Generated at render time and posted back: a double click or a resent form makes one transition.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        Task = task;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string action, string idempotencyKey, long revision, string? comment, string? returnTo,
        bool written, List<string>? candidates, List<string>? votes, CancellationToken ct)
    {
        if (await query.GetAsync(id, ct) is not { } task) return NotFound();
        try
        {
            var request = new TaskActionRequest(action, idempotencyKey, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                DraftData(task), Ballot(candidates, votes), string.IsNullOrEmpty(returnTo) ? null : returnTo, written, revision);
            await actions.ActAsync(id, request, ct);
            TempData["Notice"] = $"Đã xử lý: {WorkflowLabels.Action(action)} — {task.Instance.Title}";
            return Redirect("/");
        }
        catch (ConcurrencyConflictException)
        {
            return Redisplay(task, ConflictMessage, StatusCodes.Status409Conflict);
        }
        catch (WorkflowNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowException ex)
        {
            return Redisplay(task, ex.UserMessage, StatusCodes.Status400BadRequest);
        }
        catch (DraftFormException ex)
        {
            return Redisplay(task, ex.Message, StatusCodes.Status400BadRequest);
        }
    }

    private PageResult Redisplay(TaskDetails task, string error, int status)
    {
        Task = task;
        Error = error;
        // A fresh key: the user decides again after reading the message, and that is a new command.
        IdempotencyKey = Guid.NewGuid().ToString("N");
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>On a drafting step the clerk's edits in the generated form go with the submit, keyed by document role.</summary>
    private System.Text.Json.Nodes.JsonObject? DraftData(TaskDetails task)
    {
        if (task.Draft is null || !Request.HasFormContentType) return null;
        if (contracts.For(task.Draft.Template) is not { } contract) return null;
        var (data, problems) = ContractForm.Read(contract, Request.Form);
        if (problems.Count > 0) throw new DraftFormException(string.Join(" ", problems));
        return new System.Text.Json.Nodes.JsonObject { [task.Draft.DocumentRole] = data };
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

    private sealed class DraftFormException(string message) : Exception(message);
}

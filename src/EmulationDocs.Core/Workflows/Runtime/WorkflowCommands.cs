using System.Text.Json.Nodes;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Starts an instance of the latest version of a definition at the user's unit.</summary>
/// <param name="IdempotencyKey">Chosen by the caller and bound to the user, the command kind and its target: a retry with the
/// same key returns the first result, the key reused for another command is refused. Without one the command is never matched
/// to another.</param>
/// <param name="Data">Initial document data: an object keyed by document role (<c>{ "submission": { … } }</c>).</param>
public sealed record StartCommand(string? IdempotencyKey, string UserId, string UnitId, string DefinitionId, string Title, JsonObject Data);

/// <summary>Acts on a task: submit, withdraw, approve, return, reject, sign, issue or vote.</summary>
/// <param name="IdempotencyKey">As for <see cref="StartCommand"/>: bound to the user, the action and the task.</param>
/// <param name="ExpectedRevision">The task revision the user saw; a different one is a conflict. Null skips the check.</param>
/// <param name="Data">Drafting: document data to merge (keyed by document role).</param>
/// <param name="ReturnTo">Return: the earlier step to go back to; defaults to the step's first return target.</param>
/// <param name="Votes">Vote: candidate name → agree.</param>
/// <param name="Written">Vote: cast in writing by an absent member.</param>
public sealed record TaskCommand(
    string? IdempotencyKey, string UserId, Guid TaskId, string Action, long? ExpectedRevision = null, string? Comment = null,
    JsonObject? Data = null, string? ReturnTo = null, IReadOnlyDictionary<string, bool>? Votes = null, bool Written = false);

/// <summary>What a command did: where the instance stands and which tasks it created.</summary>
public sealed record CommandResult(Guid InstanceId, string StepId, InstanceStatus Status, long Revision, IReadOnlyList<CreatedTask> CreatedTasks, string? DocumentReference);

/// <summary>A task created by a transition: for a role at a unit, or for one user.</summary>
public sealed record CreatedTask(Guid TaskId, string StepId, string? Role, string? UnitId, string? UserId);

public static class TaskActions
{
    public const string Submit = "submit";
    /// <summary>On a drafting step: keeps the clerk's edits as a new document version; the task stays open.</summary>
    public const string Save = "save";
    public const string Withdraw = "withdraw";
    public const string Approve = "approve";
    public const string Return = "return";
    public const string Reject = "reject";
    public const string Sign = "sign";
    public const string Issue = "issue";
    public const string Vote = "vote";

    /// <summary>The Vietnamese button word for an action, shared by refusals in Core and the pages; null when unknown.</summary>
    public static string? Label(string action) => action switch
    {
        Submit => "Trình",
        Save => "Lưu nháp",
        Withdraw => "Rút văn bản",
        Approve => "Đồng ý",
        Return => "Trả lại",
        Reject => "Từ chối",
        Sign => "Ký",
        Issue => "Ban hành",
        Vote => "Biểu quyết",
        _ => null,
    };
}

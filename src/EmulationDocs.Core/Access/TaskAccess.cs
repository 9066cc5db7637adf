namespace EmulationDocs.Core.Access;

/// <summary>Why a user may not act on a task, or <see cref="None"/> when they may.</summary>
public enum TaskRefusal
{
    None,

    /// <summary>The task was completed or cancelled.</summary>
    Closed,

    /// <summary>Personal to someone else, or for a role the user does not hold at the task's unit.</summary>
    NotAssigned,

    /// <summary>For a role the user holds, but a colleague took it ("Nhận xử lý").</summary>
    TakenByColleague,
}

/// <summary>
/// What a user may do with one task: act on it (<see cref="Refusal"/> is <see cref="TaskRefusal.None"/>), and take it or give
/// it back (<see cref="HoldsRole"/>: a role task whose role they hold at its unit, whoever took it).
/// </summary>
public sealed record TaskAccess(TaskRefusal Refusal, bool HoldsRole)
{
    public bool MayAct => Refusal == TaskRefusal.None;
}

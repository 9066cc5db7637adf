using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Who returned a draft, when, and why ("Trả lại để sửa").</summary>
public sealed record ReturnNote(Guid InstanceId, string UserId, DateTime At, string? Comment);

/// <summary>
/// Documents whose last decision was a return: the draft in front of the drafter came back and was not submitted again yet.
/// Saving a draft or editing it is no decision, so a returned draft stays returned until it is submitted.
/// </summary>
public static class ReturnNotes
{
    private static readonly string[] Decisions =
        ["start", TaskActions.Submit, TaskActions.Return, TaskActions.Approve, TaskActions.Reject, TaskActions.Sign, TaskActions.Issue, TaskActions.Vote];

    public static async Task<IReadOnlyDictionary<Guid, ReturnNote>> ForAsync(EmulationDocsDbContext context, IReadOnlyCollection<Guid> instanceIds, CancellationToken ct)
    {
        if (instanceIds.Count == 0) return new Dictionary<Guid, ReturnNote>();
        var last = await context.History.AsNoTracking()
            .Where(h => instanceIds.Contains(h.InstanceId) && Decisions.Contains(h.Action))
            .GroupBy(h => h.InstanceId).Select(g => g.OrderByDescending(h => h.Id).First())
            .ToListAsync(ct);
        return last.Where(h => h.Action == TaskActions.Return).ToDictionary(h => h.InstanceId, h => new ReturnNote(h.InstanceId, h.UserId, h.At, h.Comment));
    }
}

using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Features.Inbox;

/// <summary>One deadline notification for the home page: a reminder before a due date, or an escalation after it.</summary>
public sealed record NotificationRow(long Id, string Kind, string KindLabel, string Message, DateTime CreatedAt, Guid InstanceId, Guid? TaskId, string Url);

/// <summary>The signed-in user's recent notifications (<see cref="NotificationFeed"/>), newest first.</summary>
public sealed class NotificationQuery(NotificationFeed feed, UserScope user)
{
    public async Task<IReadOnlyList<NotificationRow>> ForCurrentUserAsync(CancellationToken ct) =>
        (await feed.ForUserAsync(user.UserId, ct: ct)).Select(n => new NotificationRow(
            n.Id, n.Kind, n.Kind == TimerKinds.Escalation ? "Quá hạn" : "Nhắc hạn", n.Message, n.CreatedAt, n.InstanceId, n.TaskId,
            $"/Documents/{n.InstanceId}")).ToList();
}

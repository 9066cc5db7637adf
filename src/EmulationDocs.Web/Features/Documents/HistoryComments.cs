using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// A history entry's comment as a reader sees it. The engine notes some automatic steps with ids (a forwarding's
/// "thcs-truc-dai → truc-dai", a split-off document's source instance id): those are put in words here, where names are known.
/// </summary>
public sealed class HistoryComments(DatabaseFactory database, NameLookup names)
{
    private const string Arrow = " → ";

    public async Task<string?> TextAsync(string action, string? comment, CancellationToken ct)
    {
        if (comment is null) return null;
        switch (action)
        {
            case "forward" when comment.Split(Arrow) is [var from, var to]:
                return $"Từ {await names.UnitNameAsync(from, ct)} lên {await names.UnitNameAsync(to, ct)}";
            case "split-from" when Guid.TryParse(comment, out var source):
                await using (var context = database.Create())
                {
                    var title = await context.Instances.AsNoTracking().Where(i => i.Id == source).Select(i => i.Title).FirstOrDefaultAsync(ct);
                    return title is null ? null : $"«{title}»";
                }
            default:
                return comment;
        }
    }
}

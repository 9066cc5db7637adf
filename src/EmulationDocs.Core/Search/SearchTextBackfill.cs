using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Search;

/// <summary>
/// Instances and users stored before their search text existed get it once, after migrating: the folding is .NET's, which
/// neither database can do in a migration's SQL.
/// </summary>
internal static class SearchTextBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(EmulationDocsDbContext context, CancellationToken ct)
    {
        await InstancesAsync(context, ct);
        await UsersAsync(context, ct);
    }

    private static async Task UsersAsync(EmulationDocsDbContext context, CancellationToken ct)
    {
        while (true)
        {
            var rows = await context.Users.AsNoTracking().Where(u => u.SearchText == null).OrderBy(u => u.Id).Take(Batch)
                .Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct);
            if (rows.Count == 0) return;
            foreach (var row in rows)
            {
                var text = UserSearchText.Of(row.Id, row.FullName, row.Email);
                await context.Users.Where(u => u.Id == row.Id && u.SearchText == null).ExecuteUpdateAsync(s => s.SetProperty(u => u.SearchText, text), ct);
            }
        }
    }

    private static async Task InstancesAsync(EmulationDocsDbContext context, CancellationToken ct)
    {
        while (true)
        {
            var rows = await context.Instances.AsNoTracking().Where(i => i.SearchText == null).OrderBy(i => i.Id).Take(Batch)
                .Select(i => new { i.Id, i.Title, i.DataJson }).ToListAsync(ct);
            if (rows.Count == 0) return;
            // One conditional update per row: a node migrating at the same time writes the same text, and nothing conflicts.
            foreach (var row in rows)
            {
                var text = InstanceSearchText.Of(row.Title, row.DataJson);
                await context.Instances.Where(i => i.Id == row.Id && i.SearchText == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, text), ct);
            }
        }
    }
}

using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Search;

/// <summary>
/// Instances stored before the search text existed get it once, after migrating: the folding is .NET's, which neither
/// database can do in a migration's SQL.
/// </summary>
internal static class SearchTextBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(EmulationDocsDbContext context, CancellationToken ct)
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

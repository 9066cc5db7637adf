using EmulationDocs.Core.Numbering;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// The registry numbers a transition renders its documents with. They are chosen before the write transaction (the next
/// free number of each series) and taken inside it; a number another transition took first makes the whole command
/// prepare again, so numbers stay unique and gapless while no document is rendered under a lock.
/// </summary>
internal sealed class NumberClaims
{
    private readonly List<(string Series, int Year, int Number)> _claims = [];

    public async Task<int> NextAsync(EmulationDocsDbContext context, string series, int year, CancellationToken ct)
    {
        var pending = _claims.Where(c => c.Series == series && c.Year == year).Select(c => (int?)c.Number).Max();
        var number = pending + 1 ?? await RegistryNumbering.PeekNextAsync(context, series, year, ct);
        _claims.Add((series, year, number));
        return number;
    }

    /// <summary>Takes every claimed number inside the caller's transaction.</summary>
    /// <exception cref="NumberTakenException">Another transition took one of the numbers first.</exception>
    public async Task TakeAsync(EmulationDocsDbContext context, CancellationToken ct)
    {
        foreach (var (series, year, number) in _claims)
        {
            if (!await RegistryNumbering.TryTakeAsync(context, series, year, number, ct)) throw new NumberTakenException(series, year, number);
        }
    }
}

/// <summary>A registry number the transition was prepared with was taken by another transition meanwhile.</summary>
internal sealed class NumberTakenException(string series, int year, int number)
    : Exception($"Number {number} of series {series}/{year} was taken by a concurrent transition.");

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// The forward edges of a definition (<c>next</c>, <c>covered</c>, <c>otherwise</c>) between known
/// steps; return-for-revision edges go backwards and are deliberately left out.
/// </summary>
internal sealed class StepGraph
{
    private readonly Dictionary<string, string[]> _successors;

    public StepGraph(IEnumerable<StepDefinition> steps)
    {
        var byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        _successors = byId.ToDictionary(
            pair => pair.Key,
            pair => new[] { pair.Value.Next, pair.Value.Covered, pair.Value.Otherwise }
                .OfType<string>().Where(byId.ContainsKey).Distinct().ToArray());
    }

    /// <summary>Steps reachable from <paramref name="from"/>, itself included.</summary>
    public IReadOnlySet<string> ReachableFrom(string from) => ReachableFrom(from, new HashSet<string>());

    /// <summary>
    /// Steps reachable from <paramref name="from"/> without passing through any of <paramref name="barriers"/>: a barrier is
    /// reached but not crossed (the forwarding steps that end a level's part of a chain).
    /// </summary>
    public IReadOnlySet<string> ReachableFrom(string from, IReadOnlySet<string> barriers)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            if (_successors.TryGetValue(id, out var successors) && seen.Add(id) && (id == from || !barriers.Contains(id)))
            {
                foreach (var successor in successors)
                {
                    pending.Push(successor);
                }
            }
        }
        return seen;
    }

    /// <summary>Whether <paramref name="earlier"/> lies on some path leading to <paramref name="later"/> (at least one step before it).</summary>
    public bool Precedes(string earlier, string later) =>
        _successors.TryGetValue(earlier, out var successors) && successors.Any(s => ReachableFrom(s).Contains(later));
}

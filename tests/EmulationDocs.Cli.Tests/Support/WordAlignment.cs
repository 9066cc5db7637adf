using System.Collections;
using System.Text;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>
/// How much of an expected word sequence appears, in order, in an actual one: a longest common
/// subsequence. A greedy scan would derail on one missing word (matching it to a far later
/// occurrence and skipping everything between); the LCS cannot. Lengths are kept in two rows and
/// the back-tracking choices in one bit per cell, so 8,000 × 8,000 words needs about 8 MB.
/// </summary>
public sealed class WordAlignment
{
    private WordAlignment(IReadOnlyList<string> expected, IReadOnlyList<string> actual, IReadOnlyList<(int Expected, int Actual)> misses)
    {
        Expected = expected;
        Actual = actual;
        Misses = misses;
    }

    public IReadOnlyList<string> Expected { get; }

    public IReadOnlyList<string> Actual { get; }

    /// <summary>Expected words not matched, each with the position in the actual words where it was looked for.</summary>
    public IReadOnlyList<(int Expected, int Actual)> Misses { get; }

    public int Matched => Expected.Count - Misses.Count;

    public double Coverage => Expected.Count == 0 ? 1 : Matched / (double)Expected.Count;

    public static WordAlignment Align(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        int n = expected.Count, m = actual.Count;
        var previous = new int[m + 1];
        var current = new int[m + 1];
        // Bit (i, j) set: at cell i, j with different words, dropping the expected word keeps the LCS.
        var dropExpected = new BitArray(checked((n + 1) * (m + 1)));
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                if (string.Equals(expected[i - 1], actual[j - 1], StringComparison.Ordinal)) current[j] = previous[j - 1] + 1;
                else if (previous[j] >= current[j - 1]) { current[j] = previous[j]; dropExpected[i * (m + 1) + j] = true; }
                else current[j] = current[j - 1];
            }
            (previous, current) = (current, previous);
        }

        var misses = new List<(int, int)>();
        int x = n, y = m;
        while (x > 0 && y > 0)
        {
            if (string.Equals(expected[x - 1], actual[y - 1], StringComparison.Ordinal)) { x--; y--; }
            else if (dropExpected[x * (m + 1) + y]) misses.Add((--x, y));
            else y--;
        }
        while (x > 0) misses.Add((--x, 0));
        misses.Reverse();
        return new WordAlignment(expected, actual, misses);
    }

    /// <summary>The first few misses, each with the words around it on both sides, for a human to judge.</summary>
    public string DescribeMisses(int limit = 20, int context = 8)
    {
        var text = new StringBuilder();
        foreach (var (expectedIndex, actualIndex) in Misses.Take(limit))
        {
            text.AppendLine($"missing word #{expectedIndex} \"{Expected[expectedIndex]}\"");
            text.AppendLine($"  seed:     …{Around(Expected, expectedIndex, context)}…");
            text.AppendLine($"  rendered: …{Around(Actual, actualIndex, context)}…");
        }
        if (Misses.Count > limit) text.AppendLine($"… and {Misses.Count - limit} more");
        return text.ToString();
    }

    private static string Around(IReadOnlyList<string> words, int index, int context)
    {
        var start = Math.Max(0, index - context);
        var end = Math.Min(words.Count, index + context + 1);
        return string.Join(' ', Enumerable.Range(start, end - start).Select(k => k == index ? $"[{words[k]}]" : words[k]));
    }
}

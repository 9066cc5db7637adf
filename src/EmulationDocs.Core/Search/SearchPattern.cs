namespace EmulationDocs.Core.Search;

/// <summary>
/// A folded search term as a LIKE pattern ("contains"), its wildcards escaped. LIKE rather than a string search function,
/// because PostgreSQL answers it from the trigram index on the search texts; SQLite scans either way.
/// </summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    public static string Containing(string folded) =>
        "%" + folded.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}

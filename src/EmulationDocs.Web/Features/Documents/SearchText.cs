using EmulationDocs.Core.Search;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>Matching in memory as the database matches stored text (<see cref="SearchFolding"/>): case and diacritics ignored.</summary>
public static class SearchText
{
    public static bool Matches(string term, params IEnumerable<string?> texts)
    {
        var folded = SearchFolding.Fold(term);
        return folded.Length == 0 || texts.Any(t => t is not null && SearchFolding.Fold(t).Contains(folded, StringComparison.Ordinal));
    }
}

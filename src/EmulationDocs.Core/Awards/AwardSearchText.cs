using EmulationDocs.Core.Search;

namespace EmulationDocs.Core.Awards;

/// <summary>The folded text the register's search looks in: the awardee's name and unit, case and diacritics ignored.</summary>
public static class AwardSearchText
{
    public const int MaxLength = 600;

    public static string Of(string name, string unitName)
    {
        var text = SearchFolding.Fold(string.Join('\n', name, unitName));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}

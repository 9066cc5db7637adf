using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Core.Search;

/// <summary>
/// The folded text the users list searches in, stored with the user so that the database filters and pages: login name,
/// full name and e-mail, case and diacritics ignored ("nguyen van" finds "Nguyễn Văn", "dang" finds "Đặng").
/// </summary>
public static class UserSearchText
{
    public const int MaxLength = 600;

    public static string Of(string id, string fullName, string? email)
    {
        var text = SearchFolding.Fold(string.Join('\n', id, fullName, email ?? ""));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    /// <summary>Brings the stored text up to date before a user is saved.</summary>
    public static void Refresh(User user) => user.SearchText = Of(user.Id, user.FullName, user.Email);
}

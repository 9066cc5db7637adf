using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// An organisation as data: its levels (top first), its unit tree, its users with their roles and
/// the delegations between them. Format documented in <c>samples/organisation/README.md</c>;
/// imported by <see cref="OrganisationImporter"/>.
/// </summary>
/// <param name="Levels">Level names from the top down, e.g. <c>province, district, commune, unit</c>.</param>
/// <param name="Units">Root units; each carries its children.</param>
public sealed record OrganisationFile(
    IReadOnlyList<string> Levels,
    IReadOnlyList<UnitEntry> Units,
    IReadOnlyList<UserEntry> Users,
    IReadOnlyList<DelegationEntry>? Delegations = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A missing "levels" or unit "name" fails at parse time with the property's name instead of a null later.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // A misspelt "children" would otherwise drop a whole subtree without a word.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses a file; malformed JSON throws <see cref="OrganisationException"/>.</summary>
    public static OrganisationFile Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<OrganisationFile>(json, JsonOptions)
                ?? throw new OrganisationException(["The organisation file is empty (null)."], "Tệp tổ chức trống.");
        }
        catch (JsonException ex)
        {
            throw new OrganisationException([$"The organisation file is not valid JSON: {ex.Message}"], "Tệp tổ chức không đúng định dạng JSON.", ex);
        }
    }

    public static async Task<OrganisationFile> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken));

    /// <summary>Every unit of the tree, parents before their children, with the id of each one's parent.</summary>
    public IEnumerable<(UnitEntry Unit, string? ParentId)> AllUnits()
    {
        var pending = new Stack<(UnitEntry, string?)>(Units.Reverse().Select(u => (u, (string?)null)));
        while (pending.TryPop(out var item))
        {
            yield return item;
            foreach (var child in (item.Item1.Children ?? []).Reverse())
            {
                pending.Push((child, item.Item1.Id));
            }
        }
    }
}

/// <summary>A unit and, nested, the units under it (fields as on <see cref="OrgUnit"/>).</summary>
public sealed record UnitEntry(
    string Id,
    string Name,
    string Level,
    string Abbreviation,
    string HeaderName,
    string Place,
    string? Email = null,
    IReadOnlyList<UnitEntry>? Children = null,
    IReadOnlyList<string>? Aliases = null);

/// <summary>A user; <paramref name="Password"/> is plaintext for demo files only and is stored hashed.</summary>
public sealed record UserEntry(
    string Id,
    string FullName,
    IReadOnlyList<RoleEntry>? Roles = null,
    string? Email = null,
    string? Password = null);

/// <summary>A role held at a unit; <paramref name="Title"/> as on <see cref="RoleAssignment.Title"/>.</summary>
public sealed record RoleEntry(string Role, string Unit, string Title = "");

/// <summary>
/// <paramref name="From"/> lets <paramref name="Delegate"/> act in a role at a unit from
/// <paramref name="ValidFrom"/> (inclusive) to <paramref name="ValidTo"/> (exclusive), both UTC.
/// </summary>
public sealed record DelegationEntry(
    string From,
    string Delegate,
    string Unit,
    string Role,
    string Prefix,
    DateTime ValidFrom,
    DateTime ValidTo);

using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>The unit form's fields as typed; aliases one per line.</summary>
public sealed class UnitForm
{
    public string? Id { get; set; }
    public string? Level { get; set; }
    public string? Name { get; set; }
    public string? HeaderName { get; set; }
    public string? Abbreviation { get; set; }
    public string? Place { get; set; }
    public string? Email { get; set; }
    public string? Aliases { get; set; }

    public UnitDetails Details => new(Name ?? "", HeaderName ?? "", Abbreviation ?? "", Place ?? "", Email, AliasLines);

    public NewUnit NewUnit(string parentId) => new(Id?.Trim() ?? "", parentId, Level ?? "", Name ?? "", HeaderName ?? "", Abbreviation ?? "", Place ?? "", Email, AliasLines);

    public static UnitForm From(UnitRow unit) => new()
    {
        Id = unit.Id, Level = unit.Level, Name = unit.Name, HeaderName = unit.HeaderName, Abbreviation = unit.Abbreviation, Place = unit.Place,
        Email = unit.Email, Aliases = string.Join('\n', unit.Aliases),
    };

    private string[] AliasLines => (Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

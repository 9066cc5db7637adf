using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Pages.Admin;

/// <summary>The unit, role and title fields shared by "create user" and "grant role"; <see cref="Prefix"/> names the bound form object.</summary>
public sealed record RoleFields(IReadOnlyList<UnitRow> Units, string? Unit, string? Role, string? Title, string Prefix);

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// A body in the organisation tree: a province, district, commune or unit (school, office…).
/// Levels are data (<see cref="Level"/> names one of the configured levels), so the four-level
/// tree of the seeds and today's three-level tree run on the same code.
/// </summary>
public sealed class OrgUnit
{
    /// <summary>Stable code, lowercase ASCII, e.g. <c>truc-ninh</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Full name, e.g. "Ủy ban nhân dân huyện Trực Ninh".</summary>
    public required string Name { get; set; }

    /// <summary>Level name from the organisation's level list, e.g. <c>district</c>.</summary>
    public required string Level { get; set; }

    public string? ParentId { get; set; }

    /// <summary>Abbreviation used in document symbols, e.g. <c>UBND</c> in <c>05/CT-UBND</c>.</summary>
    public required string Abbreviation { get; set; }

    /// <summary>The issuing body as printed in the header, upper case, lines split by <c>\n</c>.</summary>
    public required string HeaderName { get; set; }

    /// <summary>Place name printed before the date, e.g. "Trực Ninh".</summary>
    public required string Place { get; set; }

    /// <summary>Address-book e-mail for documents sent to this unit.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// Other names documents use for the unit in Nơi nhận ("Phòng Nội vụ huyện" for "Phòng Nội vụ huyện Trực Ninh"),
    /// one per line; null when none. The address book matches them like the name.
    /// </summary>
    public string? Aliases { get; set; }

    public IEnumerable<string> AliasList => (Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>Vietnamese words for roles and levels on the administration pages.</summary>
public static class AdminLabels
{
    public static string Role(string role) => role switch
    {
        Roles.Clerk => "Chuyên viên",
        Roles.Head => "Trưởng",
        Roles.Deputy => "Phó",
        Roles.CouncilMember => "Thành viên Hội đồng TĐKT",
        Roles.CouncilChair => "Chủ tịch Hội đồng TĐKT",
        Roles.Chairman => "Chủ tịch",
        Roles.ViceChairman => "Phó Chủ tịch",
        Roles.Registry => "Văn thư",
        Roles.Administrator => "Quản trị",
        _ => role,
    };

    public static string Level(string level) => level switch
    {
        "province" => "Tỉnh",
        "district" => "Huyện",
        "commune" => "Xã",
        "unit" => "Cơ quan, đơn vị",
        _ => level,
    };

    /// <summary>The roles in the order the forms offer them.</summary>
    public static IReadOnlyList<string> RoleChoices { get; } =
        [Roles.Clerk, Roles.Head, Roles.Deputy, Roles.Registry, Roles.Chairman, Roles.ViceChairman, Roles.CouncilChair, Roles.CouncilMember, Roles.Administrator];
}

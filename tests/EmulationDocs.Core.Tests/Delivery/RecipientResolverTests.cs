using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Core.Tests.Delivery;

public sealed class RecipientResolverTests
{
    private static readonly string[] Levels = ["province", "district", "commune", "unit"];

    private static readonly OrgUnit[] Units =
    [
        Unit("tinh", "Ủy ban nhân dân tỉnh Nam Định", "province", null),
        Unit("huyen", "Ủy ban nhân dân huyện Trực Ninh", "district", "tinh"),
        Unit("huyen2", "Ủy ban nhân dân huyện Hải Hậu", "district", "tinh"),
        Unit("phong", "Phòng Nội vụ huyện Trực Ninh", "unit", "huyen", "Phòng Nội vụ huyện\nPhòng Nội vụ"),
        Unit("xa", "Ủy ban nhân dân xã Trực Đại", "commune", "huyen"),
        Unit("xa-dai", "Ủy ban nhân dân xã Trực Đài", "commune", "huyen"),
        Unit("xa-hoa", "Ủy ban nhân dân xã Trực Hòa", "commune", "huyen"),
        Unit("xa-khac", "Ủy ban nhân dân xã Hải Anh", "commune", "huyen2"),
        Unit("truong", "Trường THCS Trực Đại", "unit", "xa"),
    ];

    private static OrgUnit Unit(string id, string name, string level, string? parent, string? aliases = null) =>
        new() { Id = id, Name = name, Level = level, ParentId = parent, Abbreviation = "UBND", HeaderName = name, Place = id, Aliases = aliases };

    private static List<(string Line, string? Unit)> Resolve(string[] lines, string[]? addressees = null, string issuer = "huyen") =>
        [.. new RecipientResolver(Units, Levels).Resolve(lines, addressees ?? [], issuer).Select(r => (r.Line, r.Unit?.Id))];

    [Fact]
    public void Names_match_whatever_the_case_abbreviation_punctuation_note_or_tone_placement()
    {
        Assert.Equal(["tinh", "xa-hoa", "xa"],
            Resolve(["UỶ BAN NHÂN DÂN TỈNH NAM ĐỊNH;", "- UBND xã Trực Hoà (để thực hiện)", "Chủ tịch UBND xã Trực Đại"]).Select(r => r.Unit));
    }

    [Fact]
    public void Aliases_name_their_unit()
    {
        Assert.Equal([("Phòng Nội vụ huyện (để báo cáo)", (string?)"phong")], Resolve(["Phòng Nội vụ huyện (để báo cáo)", "Phòng Nội vụ"]));
    }

    [Fact]
    public void Tones_still_tell_names_apart()
    {
        Assert.Equal([("UBND xã Trực Đài", (string?)"xa-dai")], Resolve(["UBND xã Trực Đài"]));
    }

    [Fact]
    public void As_above_stands_for_the_addressees_and_file_copies_are_never_recipients()
    {
        Assert.Equal([("Ủy ban nhân dân xã Trực Đại", (string?)"xa"), ("Phòng Nội vụ huyện Trực Ninh", "phong")],
            Resolve(["Như trên (để thực hiện)", "Lưu: VT, NV", "Lưu VT: ..."], ["Ủy ban nhân dân xã Trực Đại", "Phòng Nội vụ huyện Trực Ninh"]));
    }

    [Fact]
    public void A_group_line_names_every_unit_of_its_level_below_the_issuer_once()
    {
        Assert.Equal([("UBND các xã, thị trấn", (string?)"xa"), ("UBND các xã, thị trấn", "xa-dai"), ("UBND các xã, thị trấn", "xa-hoa"), ("Các phòng, ban, ngành", "phong")],
            Resolve(["UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn", "Các phòng, ban, ngành"]));
        Assert.Equal(["huyen", "huyen2"], Resolve(["UBND các huyện, thành phố"], issuer: "tinh").Select(r => r.Unit));
    }

    [Fact]
    public void Lines_matching_nothing_are_kept_without_a_unit()
    {
        Assert.Equal([("TT Huyện ủy, HĐND huyện", (string?)null), ("Các thành viên Hội đồng TĐKT", null)], Resolve(["TT Huyện ủy, HĐND huyện", "Các thành viên Hội đồng TĐKT"]));
    }
}

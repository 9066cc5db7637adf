using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Workflows;

namespace EmulationDocs.Core.Tests.Awards;

/// <summary>Runs on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class AwardRegisterQueryTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : AwardRegisterQueryTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : AwardRegisterQueryTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static AwardRecord Award(string name, string unitId, string issuingUnitId, string title, int year, int day, AwardeeKind kind = AwardeeKind.Individual) => new()
    {
        Kind = kind, Name = name, UnitName = "Đơn vị " + unitId, UnitId = unitId, Title = title, Year = year,
        DecisionNumber = $"{day:00}/QĐ-UBND", DecisionDate = new DateOnly(year, 12, day), IssuingAuthority = "CHỦ TỊCH",
        IssuingUnitId = issuingUnitId, SearchText = AwardSearchText.Of(name, "Đơn vị " + unitId), CreatedAt = DateTime.UtcNow,
    };

    /// <summary>The fixture's province, district (huyen) and commune (xa), with awards at each.</summary>
    private static async Task<(EngineFixture Fixture, AwardRegister Register)> SeededAsync(DatabaseProvider provider)
    {
        var fixture = await EngineFixture.CreateAsync(provider);
        await using var context = fixture.Database.Create();
        context.Awards.AddRange(
            Award("Nguyễn Thị Thu Hằng", "xa", "huyen", "Chiến sĩ thi đua cơ sở", 2024, 20),
            Award("Đặng Văn Quyết", "xa", "xa", "Lao động tiên tiến", 2024, 10),
            Award("Trần Văn Nguyên", "huyen", "huyen", "Lao động tiên tiến", 2023, 15),
            Award("Phòng Nội vụ", "huyen", "huyen", "Tập thể lao động tiên tiến", 2024, 20, AwardeeKind.Collective),
            Award("Lê Thị Nguyệt", "tinh", "tinh", "Bằng khen của Chủ tịch UBND tỉnh", 2024, 28));
        await context.SaveChangesAsync();
        return (fixture, new AwardRegister(fixture.Database, TimeProvider.System));
    }

    private static readonly PageRequest FirstPage = PageRequest.Of(1, 50, 50);

    [Fact]
    public async Task A_user_sees_the_awards_of_their_units_subtree_newest_decision_first()
    {
        var (fixture, register) = await SeededAsync(Provider);
        await using var _ = fixture;

        var district = await register.PageAsync("clerk", new AwardCriteria(), FirstPage);
        Assert.Equal(["Phòng Nội vụ", "Nguyễn Thị Thu Hằng", "Đặng Văn Quyết", "Trần Văn Nguyên"], district.Items.Select(i => i.Name));
        Assert.Equal(4, district.Total);
        var commune = await register.PageAsync("other-clerk", new AwardCriteria(), FirstPage);
        // The commune sees its people's awards, whoever granted them, and nothing of the district's own.
        Assert.Equal(["Nguyễn Thị Thu Hằng", "Đặng Văn Quyết"], commune.Items.Select(i => i.Name));
        var nobody = await register.PageAsync("no-such-user", new AwardCriteria(), FirstPage);
        Assert.Empty(nobody.Items);
    }

    [Fact]
    public async Task Names_are_searched_with_diacritics_and_case_ignored()
    {
        var (fixture, register) = await SeededAsync(Provider);
        await using var _ = fixture;

        Assert.Equal(["Nguyễn Thị Thu Hằng", "Trần Văn Nguyên"], (await register.PageAsync("clerk", new AwardCriteria(Term: "nguyen"), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Nguyễn Thị Thu Hằng"], (await register.PageAsync("clerk", new AwardCriteria(Term: "THU HANG"), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Đặng Văn Quyết"], (await register.PageAsync("clerk", new AwardCriteria(Term: "dang van"), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Đặng Văn Quyết"], (await register.PageAsync("clerk", new AwardCriteria(Term: "Đặng"), FirstPage)).Items.Select(i => i.Name));
        // Wildcards are text: "%" finds nobody.
        Assert.Empty((await register.PageAsync("clerk", new AwardCriteria(Term: "%"), FirstPage)).Items);
        // Someone outside the user's subtree is not found by name either.
        Assert.Empty((await register.PageAsync("clerk", new AwardCriteria(Term: "nguyet"), FirstPage)).Items);
    }

    [Fact]
    public async Task Year_title_kind_and_unit_subtree_filter_and_pages_count_the_whole_selection()
    {
        var (fixture, register) = await SeededAsync(Provider);
        await using var _ = fixture;

        Assert.Equal(["Trần Văn Nguyên"], (await register.PageAsync("clerk", new AwardCriteria(Year: 2023), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Đặng Văn Quyết", "Trần Văn Nguyên"],
            (await register.PageAsync("clerk", new AwardCriteria(Title: "Lao động tiên tiến"), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Phòng Nội vụ"], (await register.PageAsync("clerk", new AwardCriteria(Kind: AwardeeKind.Collective), FirstPage)).Items.Select(i => i.Name));
        Assert.Equal(["Nguyễn Thị Thu Hằng", "Đặng Văn Quyết"], (await register.PageAsync("clerk", new AwardCriteria(Unit: "xa"), FirstPage)).Items.Select(i => i.Name));
        // The province's unit filter does not widen what the district sees.
        Assert.Equal(4, (await register.PageAsync("clerk", new AwardCriteria(Unit: "tinh"), FirstPage)).Total);

        var second = await register.PageAsync("clerk", new AwardCriteria(), PageRequest.Of(2, 3, 3));
        Assert.Equal((4, 2, 1), (second.Total, second.PageCount, second.Items.Count));
        Assert.Equal("Trần Văn Nguyên", second.Items.Single().Name);

        var facets = await register.FacetsAsync("clerk");
        Assert.Equal([2024, 2023], facets.Years);
        Assert.Equal(["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Tập thể lao động tiên tiến"], facets.Titles);
    }
}

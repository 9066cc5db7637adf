using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Tests.Support;

namespace EmulationDocs.Core.Tests.Organisation;

[Collection(DemoDatabases.Collection)]
public sealed class UnitDirectoryTests(DemoDatabases demo)
{
    [Theory]
    [InlineData("thcs-truc-dai", "self", "thcs-truc-dai")]
    [InlineData("thcs-truc-dai", "parent", "truc-dai")]
    [InlineData("thcs-truc-dai", "level:unit", "thcs-truc-dai")]
    [InlineData("thcs-truc-dai", "level:commune", "truc-dai")]
    [InlineData("thcs-truc-dai", "level:district", "truc-ninh")]
    [InlineData("thcs-truc-dai", "level:province", "nam-dinh")]
    [InlineData("phong-noi-vu-truc-ninh", "level:district", "truc-ninh")]
    [InlineData("truc-ninh", "parent", "nam-dinh")]
    public async Task ResolvesSelectorsInTheFourLevelTree(string from, string selector, string expected)
    {
        await using var db = demo.FourLevel.Factory.Create();

        var unit = await new UnitDirectory(db).ResolveAsync(from, selector);

        Assert.Equal(expected, unit.Id);
    }

    [Theory]
    [InlineData("thcs-co-le", "parent", "co-le")]
    [InlineData("thcs-co-le", "level:commune", "co-le")]
    [InlineData("thcs-co-le", "level:province", "ninh-binh")]
    [InlineData("co-le", "level:commune", "co-le")]
    public async Task ResolvesSelectorsInTheThreeLevelTree(string from, string selector, string expected)
    {
        await using var db = demo.ThreeLevel.Factory.Create();
        var directory = new UnitDirectory(db);

        var unit = await directory.ResolveAsync(from, selector);

        Assert.Equal(expected, unit.Id);
        Assert.Equal(["province", "commune", "unit"], (await directory.LevelsAsync()).Select(l => l.Name));
    }

    [Theory]
    [InlineData("three-level-2025.json", "thcs-co-le", "level:district", "There is no level 'district'.")]
    [InlineData("nam-dinh-2022.json", "truc-ninh", "level:commune", "Unit 'truc-ninh' has no unit at level 'commune' above it or at it (selector 'level:commune').")]
    [InlineData("nam-dinh-2022.json", "nam-dinh", "parent", "Unit 'nam-dinh' has no parent (selector 'parent').")]
    [InlineData("nam-dinh-2022.json", "truc-dai", "sibling", "Unknown unit selector 'sibling'; use 'self', 'parent' or 'level:<name>'.")]
    [InlineData("nam-dinh-2022.json", "hai-phong", "self", "There is no unit 'hai-phong'.")]
    public async Task UnresolvableSelectorsThrowClearly(string demoFile, string from, string selector, string message)
    {
        await using var db = demo.For(demoFile).Factory.Create();

        var error = await Assert.ThrowsAsync<OrganisationException>(() => new UnitDirectory(db).ResolveAsync(from, selector));

        Assert.Equal(message, error.Message);
        Assert.NotEmpty(error.UserMessage);
    }

    [Fact]
    public async Task AnswersTreeAndLevelQuestions()
    {
        await using var db = demo.FourLevel.Factory.Create();
        var directory = new UnitDirectory(db);

        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH", (await directory.GetAsync("truc-ninh")).HeaderName);
        Assert.Null(await directory.ParentAsync("nam-dinh"));
        Assert.Equal("truc-ninh", (await directory.ParentAsync("co-le"))?.Id);
        Assert.Null(await directory.AncestorOrSelfAtLevelAsync("so-noi-vu-nam-dinh", "district"));
        Assert.Equal(0, await directory.LevelRankAsync("province"));
        Assert.Equal(3, await directory.LevelRankAsync("unit"));
        await Assert.ThrowsAsync<OrganisationException>(() => directory.LevelRankAsync("ward"));
    }

    [Fact]
    public async Task FindsHoldersAndRolesOfUsers()
    {
        await using var db = demo.FourLevel.Factory.Create();
        var directory = new UnitDirectory(db);

        var chairman = Assert.Single(await directory.HoldersAsync("truc-ninh", Roles.Chairman));
        var roles = await directory.RolesOfAsync("truongphong.noivu.trucninh");

        Assert.Equal("Lưu Văn Dương", chairman.FullName);
        Assert.Equal(
            [(Roles.CouncilMember, "truc-ninh"), (Roles.Head, "phong-noi-vu-truc-ninh"), (Roles.Head, "truc-ninh")],
            roles.Select(r => (r.Role, r.UnitId)).Order());
        Assert.All(roles, r => Assert.False(r.IsDelegated));
        Assert.Empty(await directory.HoldersAsync("truc-ninh", "mayor"));
    }

    [Theory]
    [InlineData("2022-02-28T23:59:59Z", false)]
    [InlineData("2022-03-01T00:00:00Z", true)]
    [InlineData("2022-03-10T17:00:00Z", true)]
    [InlineData("2022-03-11T00:00:00Z", false)]
    public async Task DelegationGivesTheRoleWithItsPrefixOnlyInsideItsPeriod(string at, bool delegated)
    {
        await using var db = demo.FourLevel.Factory.Create();
        var directory = new UnitDirectory(db);

        var roles = await directory.RolesOfAsync("phochutich.trucninh", DateTime.Parse(at, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        var received = roles.Where(r => r.IsDelegated).ToList();
        Assert.Contains(roles, r => r is { Role: Roles.ViceChairman, UnitId: "truc-ninh", IsDelegated: false });
        if (delegated)
        {
            Assert.Equal(new HeldRole(Roles.Chairman, "truc-ninh", "CHỦ TỊCH", "chutich.trucninh", "KT."), Assert.Single(received));
        }
        else
        {
            Assert.Empty(received);
        }

        Assert.DoesNotContain(await directory.RolesOfAsync("phochutich.trucninh"), r => r.Role == Roles.Chairman);
    }
}

using EmulationDocs.Testing;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Organisation;

[Collection(DemoDatabases.Collection)]
public sealed class OrganisationImporterTests(DemoDatabases demo)
{
    // Every role a workflow step can name; administrators sit only where the demo puts them (province, district).
    private static readonly string[] AllRoles = [.. Roles.All.Where(r => r != Roles.Administrator)];
    private static readonly string[] AllRolesAndAdministrator = [.. Roles.All];
    private static readonly string[] UnitRoles = [Roles.Clerk, Roles.Head, Roles.Deputy, Roles.CouncilMember, Roles.CouncilChair, Roles.Registry];

    [Theory]
    [InlineData("nam-dinh-2022.json")]
    [InlineData("three-level-2025.json")]
    public async Task DemoFileImportsIdempotently(string demoFile)
    {
        using var database = await TemporaryDatabase.CreateAsync(demoFile);
        var first = await SnapshotAsync(database.Factory);

        await using (var db = database.Factory.Create())
        {
            await OrganisationImporter.ImportAsync(db, await OrganisationFile.LoadAsync(RepositoryPaths.DemoOrganisation(demoFile)));
        }

        Assert.NotEmpty(first);
        Assert.Equal(first, await SnapshotAsync(database.Factory));
    }

    [Fact]
    public async Task FourLevelDemoHoldsEveryRoleAtEveryLevel()
    {
        var held = await RolesByLevelAsync(demo.FourLevel.Factory);

        Assert.Equal(["province", "district", "commune", "unit"], held.Keys);
        Assert.Equal(Sorted(AllRolesAndAdministrator), held["province"]);
        Assert.Equal(Sorted(AllRolesAndAdministrator), held["district"]);
        Assert.Equal(Sorted(AllRoles), held["commune"]);
        // Schools, offices and clinics have a head and a council of their own but no chairman.
        Assert.Equal(Sorted(UnitRoles), held["unit"]);
    }

    [Fact]
    public async Task ThreeLevelDemoHoldsEveryRoleAtEveryLevel()
    {
        var held = await RolesByLevelAsync(demo.ThreeLevel.Factory);

        Assert.Equal(["province", "commune", "unit"], held.Keys);
        Assert.Equal(Sorted(AllRolesAndAdministrator), held["province"]);
        Assert.Equal(Sorted(AllRoles), held["commune"]);
        Assert.Equal(Sorted(UnitRoles), held["unit"]);
    }

    [Theory]
    [InlineData("nam-dinh", 13)]
    [InlineData("truc-ninh", 11)]
    [InlineData("truc-dai", 7)]
    [InlineData("truc-thang", 7)]
    [InlineData("truc-hung", 7)]
    [InlineData("co-le", 7)]
    public async Task CouncilsHaveTheirSizeAndOneChairWhoIsAMember(string unitId, int members)
    {
        await using var db = demo.FourLevel.Factory.Create();
        var directory = new UnitDirectory(db);

        var council = await directory.HoldersAsync(unitId, Roles.CouncilMember);
        var chair = Assert.Single(await directory.HoldersAsync(unitId, Roles.CouncilChair));

        Assert.Equal(members, council.Count);
        Assert.Contains(council, u => u.Id == chair.Id);
    }

    [Fact]
    public async Task DemoUsersSignInWithTheDemoPassword()
    {
        await using var db = demo.FourLevel.Factory.Create();

        var users = await db.Users.ToListAsync();

        Assert.All(users, u => Assert.True(PasswordHashing.Verify(u.PasswordHash!, "MatKhau@2025"), u.Id));
        Assert.Equal("Lưu Văn Dương", users.Single(u => u.Id == "chutich.trucninh").FullName);
    }

    [Fact]
    public async Task ReimportReplacesTheRolesOfListedUsers()
    {
        using var database = await TemporaryDatabase.CreateAsync();
        var file = SmallFile();
        await using (var db = database.Factory.Create())
        {
            await OrganisationImporter.ImportAsync(db, file);
        }

        var changed = file with
        {
            Users = [file.Users[0] with { Roles = [new RoleEntry(Roles.Chairman, "p", "CHỦ TỊCH UBND")] }],
        };
        await using (var db = database.Factory.Create())
        {
            await OrganisationImporter.ImportAsync(db, changed);
        }

        await using var check = database.Factory.Create();
        var roles = await check.RoleAssignments.Where(r => r.UserId == "a").ToListAsync();
        var only = Assert.Single(roles);
        Assert.Equal((Roles.Chairman, "CHỦ TỊCH UBND"), (only.Role, only.Title));
    }

    [Fact]
    public async Task InvalidFileReportsEveryProblemAndWritesNothing()
    {
        using var database = await TemporaryDatabase.CreateAsync();
        var file = new OrganisationFile(
            ["province", "commune", "unit"],
            [
                Unit("p", "province",
                [
                    Unit("c", "commune", [Unit("c-under-unit", "commune"), Unit("x", "district")]),
                    Unit("c", "commune"),
                ]),
            ],
            [
                new UserEntry("a", "Nguyễn Văn A", [new RoleEntry("boss", "p"), new RoleEntry(Roles.Clerk, "nowhere")]),
                new UserEntry("b", "Trần Thị B"),
            ],
            [new DelegationEntry("a", "ghost", "p", Roles.Chairman, "TL.", new DateTime(2025, 9, 2), new DateTime(2025, 9, 1))]);

        await using var db = database.Factory.Create();
        var error = await Assert.ThrowsAsync<OrganisationException>(() => OrganisationImporter.ImportAsync(db, file));

        Assert.Collection(
            error.Problems,
            p => Assert.Equal("Unit 'c-under-unit' (level 'commune') is not below its parent 'c' (level 'commune').", p),
            p => Assert.Equal("Unit 'x' is at level 'district', which is not one of the levels (province, commune, unit).", p),
            p => Assert.Equal("Unit id 'c' is used more than once.", p),
            p => Assert.StartsWith("User 'a' has role 'boss', which is not a known role (", p),
            p => Assert.Equal("User 'a' has role 'clerk' at unit 'nowhere', which is not in the file.", p),
            p => Assert.Equal("User 'b' has no roles.", p),
            p => Assert.EndsWith("the delegate 'ghost' is not a user of the file.", p),
            p => Assert.EndsWith("'a' does not hold role 'chairman' at unit 'p'.", p),
            p => Assert.EndsWith("prefix 'TL.' is not one of KT., TUQ..", p),
            p => Assert.Contains("is not after validFrom", p));
        Assert.Contains("10 lỗi", error.UserMessage);
        Assert.Empty(await db.Units.ToListAsync());
        Assert.Empty(await db.Levels.ToListAsync());
    }

    [Fact]
    public void MalformedJsonIsAnOrganisationError()
    {
        var error = Assert.Throws<OrganisationException>(() => OrganisationFile.Parse("""{ "units": [], "users": [] }"""));

        Assert.Contains("levels", error.Message);
        Assert.Equal("Tệp tổ chức không đúng định dạng JSON.", error.UserMessage);
    }

    [Fact]
    public void MisspeltPropertyIsAnOrganisationError()
    {
        var error = Assert.Throws<OrganisationException>(() => OrganisationFile.Parse(
            """{ "levels": ["province"], "units": [], "users": [{ "id": "a", "fullName": "A", "role": [] }] }"""));

        Assert.Contains("role", error.Message);
    }

    private static OrganisationFile SmallFile() => new(
        ["province", "unit"],
        [Unit("p", "province", [Unit("u", "unit")])],
        [new UserEntry("a", "Nguyễn Văn A", [new RoleEntry(Roles.Chairman, "p", "CHỦ TỊCH"), new RoleEntry(Roles.Head, "u", "GIÁM ĐỐC")], Password: "MatKhau@2025")]);

    private static UnitEntry Unit(string id, string level, IReadOnlyList<UnitEntry>? children = null) =>
        new(id, $"Đơn vị {id}", level, "UBND", $"ĐƠN VỊ {id.ToUpperInvariant()}", "Trực Ninh", Children: children);

    private static string[] Sorted(IEnumerable<string> roles) => [.. roles.Order(StringComparer.Ordinal)];

    /// <summary>Level name (top first) → the roles held at units of that level.</summary>
    private static async Task<Dictionary<string, string[]>> RolesByLevelAsync(DatabaseFactory factory)
    {
        await using var db = factory.Create();
        var pairs = await db.RoleAssignments
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Level, r.Role })
            .Distinct()
            .ToListAsync();
        var levels = await db.Levels.OrderBy(l => l.Rank).Select(l => l.Name).ToListAsync();
        return levels.ToDictionary(l => l, l => Sorted(pairs.Where(p => p.Level == l).Select(p => p.Role)));
    }

    /// <summary>Every organisation row, ids and hashes included, as text.</summary>
    private static async Task<List<string>> SnapshotAsync(DatabaseFactory factory)
    {
        await using var db = factory.Create();
        return
        [
            .. (await db.Levels.OrderBy(l => l.Name).ToListAsync()).Select(l => $"level {l.Name} {l.Rank}"),
            .. (await db.Units.OrderBy(u => u.Id).ToListAsync()).Select(u => $"unit {u.Id} {u.Name} {u.Level} {u.ParentId} {u.Abbreviation} {u.HeaderName} {u.Place} {u.Email}"),
            .. (await db.Users.OrderBy(u => u.Id).ToListAsync()).Select(u => $"user {u.Id} {u.FullName} {u.Email} {u.PasswordHash}"),
            .. (await db.RoleAssignments.OrderBy(r => r.Id).ToListAsync()).Select(r => $"role {r.Id} {r.UserId} {r.UnitId} {r.Role} {r.Title}"),
            .. (await db.Delegations.OrderBy(d => d.Id).ToListAsync()).Select(d => $"delegation {d.Id} {d.FromUserId} {d.DelegateId} {d.UnitId} {d.Role} {d.Prefix} {d.ValidFrom:O} {d.ValidTo:O}"),
        ];
    }
}

using EmulationDocs.Testing;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Delivery;

[Collection(DemoDatabases.Collection)]
public sealed class AddressBookImportTests(DemoDatabases demo)
{
    [Fact]
    public async Task Imported_aliases_let_the_seeds_short_names_reach_their_units()
    {
        await using var db = demo.FourLevel.Factory.Create();
        var units = await db.Units.AsNoTracking().ToListAsync();
        Assert.Equal(["Phòng Nội vụ huyện", "Phòng Nội vụ"], units.Single(u => u.Id == "phong-noi-vu-truc-ninh").AliasList);

        // Nơi nhận of seed 001 (huyện Trực Ninh) and seed 004 (xã Trực Đại).
        var resolver = new RecipientResolver(units, ["province", "district", "commune", "unit"]);
        Assert.Equal("so-noi-vu-nam-dinh", resolver.Resolve(["Sở Nội vụ (để b/c)"], [], "truc-ninh").Single().Unit?.Id);
        Assert.Equal("phong-noi-vu-truc-ninh", resolver.Resolve(["Phòng Nội vụ huyện (để báo cáo)", "Lưu: VT"], [], "truc-dai").Single().Unit?.Id);
    }

    [Fact]
    public async Task Importing_the_file_again_keeps_the_same_aliases()
    {
        await using var db = demo.FourLevel.Factory.Create();
        var file = await OrganisationFile.LoadAsync(RepositoryPaths.DemoOrganisation("nam-dinh-2022.json"));
        var unitsOnly = file with { Users = [], Delegations = [] };
        await OrganisationImporter.ImportAsync(db, unitsOnly);
        await using var again = demo.FourLevel.Factory.Create();
        Assert.Equal("Phòng Nội vụ huyện\nPhòng Nội vụ", (await again.Units.SingleAsync(u => u.Id == "phong-noi-vu-truc-ninh")).Aliases);
    }
}

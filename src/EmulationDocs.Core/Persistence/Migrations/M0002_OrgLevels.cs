using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationDocs.Core.Persistence.Migrations;

/// <summary>The organisation's level list (<see cref="Organisation.OrgLevel"/>), written by hand like <see cref="M0001_Initial"/>.</summary>
[DbContext(typeof(EmulationDocsDbContext))]
[Migration("20261123000002_OrgLevels")]
public sealed class M0002_OrgLevels : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("org_levels", t => new
        {
            Name = t.Column<string>(nullable: false),
            Rank = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_org_levels", x => x.Name));
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationDocs.Core.Persistence.Migrations;

/// <summary>
/// The e-mail outbox (<see cref="Delivery.OutboxMessage"/>) and the units' alias names for the address book
/// (<see cref="Organisation.OrgUnit.Aliases"/>), written by hand like <see cref="M0001_Initial"/>.
/// </summary>
[DbContext(typeof(EmulationDocsDbContext))]
[Migration("20261123000004_Outbox")]
public sealed class M0004_Outbox : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("Aliases", "units", nullable: true);

        migration.CreateTable("outbox", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            DocumentVersionId = t.Column<long>(nullable: false),
            RecipientUnitId = t.Column<string>(nullable: true),
            RecipientLine = t.Column<string>(nullable: false),
            Address = t.Column<string>(nullable: true),
            Subject = t.Column<string>(nullable: false),
            Body = t.Column<string>(nullable: false),
            State = t.Column<string>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(nullable: true),
            SentAt = t.Column<DateTime>(nullable: true),
            ClaimedBy = t.Column<string>(nullable: true),
            ClaimedUntil = t.Column<DateTime>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_outbox", x => x.Id);
            t.ForeignKey("FK_outbox_document_versions_DocumentVersionId", x => x.DocumentVersionId, "document_versions", "Id", onDelete: ReferentialAction.Restrict);
        });
        migration.CreateIndex("IX_outbox_State_NextAttemptAt", "outbox", ["State", "NextAttemptAt"]);
        migration.CreateIndex("IX_outbox_InstanceId", "outbox", "InstanceId");
        migration.CreateIndex("IX_outbox_DocumentVersionId", "outbox", "DocumentVersionId");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationDocs.Core.Persistence.Migrations;

/// <summary>
/// Deadline timers (<see cref="Workflows.Deadlines.DeadlineTimer"/>) and the notifications their processing writes
/// (<see cref="Workflows.Deadlines.Notification"/>), written by hand like <see cref="M0001_Initial"/>.
/// </summary>
[DbContext(typeof(EmulationDocsDbContext))]
[Migration("20261123000003_Timers")]
public sealed class M0003_Timers : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("timers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            TaskId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
            ClaimedBy = t.Column<string>(nullable: true),
            ClaimedUntil = t.Column<DateTime>(nullable: true),
            DoneAt = t.Column<DateTime>(nullable: true),
            Outcome = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_timers", x => x.Id));
        migration.CreateIndex("IX_timers_DoneAt_DueAt", "timers", ["DoneAt", "DueAt"]);
        migration.CreateIndex("IX_timers_TaskId", "timers", "TaskId");

        migration.CreateTable("notifications", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            InstanceId = t.Column<Guid>(nullable: false),
            TaskId = t.Column<Guid>(nullable: true),
            Kind = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: true),
            UnitId = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: true),
            Message = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_notifications", x => x.Id));
        migration.CreateIndex("IX_notifications_InstanceId", "notifications", "InstanceId");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace EmulationDocs.Core.Persistence.Migrations;

/// <summary>
/// The first schema. Written by hand (EF Core's design-time tools are not in the package
/// registry); column types come from each provider's mapping of the CLR type, and identity
/// columns carry both providers' annotations, so one migration serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(EmulationDocsDbContext))]
[Migration("20261123000001_Initial")]
public sealed class M0001_Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("units", t => new
        {
            Id = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Level = t.Column<string>(nullable: false),
            ParentId = t.Column<string>(nullable: true),
            Abbreviation = t.Column<string>(nullable: false),
            HeaderName = t.Column<string>(nullable: false),
            Place = t.Column<string>(nullable: false),
            Email = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_units", x => x.Id));
        migration.CreateIndex("IX_units_ParentId", "units", "ParentId");

        migration.CreateTable("users", t => new
        {
            Id = t.Column<string>(nullable: false),
            FullName = t.Column<string>(nullable: false),
            Email = t.Column<string>(nullable: true),
            PasswordHash = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_users", x => x.Id));

        migration.CreateTable("role_assignments", t => new
        {
            Id = Identity(t),
            UserId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_role_assignments", x => x.Id));
        migration.CreateIndex("IX_role_assignments_UserId_UnitId_Role", "role_assignments", ["UserId", "UnitId", "Role"], unique: true);
        migration.CreateIndex("IX_role_assignments_UnitId_Role", "role_assignments", ["UnitId", "Role"]);

        migration.CreateTable("delegations", t => new
        {
            Id = Identity(t),
            FromUserId = t.Column<string>(nullable: false),
            DelegateId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            Prefix = t.Column<string>(nullable: false),
            ValidFrom = t.Column<DateTime>(nullable: false),
            ValidTo = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_delegations", x => x.Id));
        migration.CreateIndex("IX_delegations_DelegateId", "delegations", "DelegateId");

        migration.CreateTable("definitions", t => new
        {
            Id = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Json = t.Column<string>(nullable: false),
            PublishedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_definitions", x => new { x.Id, x.Version }));

        migration.CreateTable("instances", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            OriginUnitId = t.Column<string>(nullable: false),
            InitiatorId = t.Column<string>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            DataJson = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            Revision = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_instances", x => x.Id));
        migration.CreateIndex("IX_instances_UnitId", "instances", "UnitId");

        migration.CreateTable("tasks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            StepKind = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: true),
            UnitId = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: true),
            ClaimedBy = t.Column<string>(nullable: true),
            State = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: true),
            CompletedAt = t.Column<DateTime>(nullable: true),
            CompletedBy = t.Column<string>(nullable: true),
            Outcome = t.Column<string>(nullable: true),
            Revision = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_tasks", x => x.Id));
        migration.CreateIndex("IX_tasks_State_UnitId_Role", "tasks", ["State", "UnitId", "Role"]);
        migration.CreateIndex("IX_tasks_State_UserId", "tasks", ["State", "UserId"]);
        migration.CreateIndex("IX_tasks_InstanceId", "tasks", "InstanceId");

        migration.CreateTable("history", t => new
        {
            Id = Identity(t),
            InstanceId = t.Column<Guid>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: true),
            UnitId = t.Column<string>(nullable: true),
            StepId = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Comment = t.Column<string>(nullable: true),
            DocumentHash = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_history", x => x.Id));
        migration.CreateIndex("IX_history_InstanceId", "history", "InstanceId");

        migration.CreateTable("ballots", t => new
        {
            Id = Identity(t),
            InstanceId = t.Column<Guid>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            UserId = t.Column<string>(nullable: false),
            Candidate = t.Column<string>(nullable: false),
            Agree = t.Column<bool>(nullable: false),
            Written = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ballots", x => x.Id));
        migration.CreateIndex("IX_ballots_InstanceId_StepId_UserId_Candidate", "ballots", ["InstanceId", "StepId", "UserId", "Candidate"], unique: true);

        migration.CreateTable("commands", t => new
        {
            Key = t.Column<string>(nullable: false),
            InstanceId = t.Column<Guid>(nullable: false),
            ResultJson = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_commands", x => x.Key));

        migration.CreateTable("document_versions", t => new
        {
            Id = Identity(t),
            InstanceId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Template = t.Column<string>(nullable: false),
            Hash = t.Column<string>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
            Frozen = t.Column<bool>(nullable: false),
            Reference = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_document_versions", x => x.Id));
        migration.CreateIndex("IX_document_versions_InstanceId_Role_UnitId_Version", "document_versions", ["InstanceId", "Role", "UnitId", "Version"], unique: true);

        migration.CreateTable("number_series", t => new
        {
            SeriesKey = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            LastNumber = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_number_series", x => new { x.SeriesKey, x.Year }));
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EmulationDocs.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AwardsRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitId = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuingAuthority = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuingUnitId = table.Column<string>(type: "text", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentVersionId = table.Column<long>(type: "bigint", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_award_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_award_records_document_versions_DocumentVersionId",
                        column: x => x.DocumentVersionId,
                        principalTable: "document_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_award_records_DocumentVersionId",
                table: "award_records",
                column: "DocumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_InstanceId",
                table: "award_records",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_award_records_SearchText",
                table: "award_records",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_award_records_UnitId_Year",
                table: "award_records",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_award_records_Year_Title",
                table: "award_records",
                columns: new[] { "Year", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_records");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmulationDocs.Core.Persistence.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuingAuthority = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuingUnitId = table.Column<string>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

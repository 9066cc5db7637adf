using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmulationDocs.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Access : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "instances",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_instances_CreatedAt",
                table: "instances",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_instances_OriginUnitId",
                table: "instances",
                column: "OriginUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_instances_UpdatedAt_Id",
                table: "instances",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_instances_CreatedAt",
                table: "instances");

            migrationBuilder.DropIndex(
                name: "IX_instances_OriginUnitId",
                table: "instances");

            migrationBuilder.DropIndex(
                name: "IX_instances_UpdatedAt_Id",
                table: "instances");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "instances");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmulationDocs.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Once : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "commands",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Target",
                table: "commands",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "commands",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "commands");

            migrationBuilder.DropColumn(
                name: "Target",
                table: "commands");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "commands");
        }
    }
}

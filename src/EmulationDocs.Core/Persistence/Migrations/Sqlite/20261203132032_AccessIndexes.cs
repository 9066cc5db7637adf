using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EmulationDocs.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_InstanceId",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_CompletedBy_InstanceId",
                table: "tasks",
                columns: new[] { "CompletedBy", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_InstanceId_UnitId_UserId_CompletedBy",
                table: "tasks",
                columns: new[] { "InstanceId", "UnitId", "UserId", "CompletedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_UnitId_InstanceId",
                table: "tasks",
                columns: new[] { "UnitId", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_UserId_InstanceId",
                table: "tasks",
                columns: new[] { "UserId", "InstanceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_CompletedBy_InstanceId",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_InstanceId_UnitId_UserId_CompletedBy",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_UnitId_InstanceId",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_UserId_InstanceId",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_InstanceId",
                table: "tasks",
                column: "InstanceId");
        }
    }
}

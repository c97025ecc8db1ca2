using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Store.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Published = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntityCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DiagnosticCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Files = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotDiagnostics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnapshotId = table.Column<long>(type: "INTEGER", nullable: false),
                    File = table.Column<string>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotDiagnostics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SnapshotDiagnostics_ListSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "ListSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SnapshotEntities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnapshotId = table.Column<long>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", nullable: false),
                    Schema = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PrimaryName = table.Column<string>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SnapshotEntities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SnapshotEntities_ListSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "ListSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListSnapshots_Source_Active",
                table: "ListSnapshots",
                column: "Source",
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_ListSnapshots_Source_Status",
                table: "ListSnapshots",
                columns: new[] { "Source", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SnapshotDiagnostics_SnapshotId",
                table: "SnapshotDiagnostics",
                column: "SnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_SnapshotEntities_SnapshotId_EntityId",
                table: "SnapshotEntities",
                columns: new[] { "SnapshotId", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SnapshotDiagnostics");

            migrationBuilder.DropTable(
                name: "SnapshotEntities");

            migrationBuilder.DropTable(
                name: "ListSnapshots");
        }
    }
}

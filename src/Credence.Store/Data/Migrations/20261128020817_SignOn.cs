using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Store.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OpenLetters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LetterEndorsements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpenLetterId = table.Column<long>(type: "INTEGER", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TokenExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Moderation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterEndorsements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterEndorsements_OpenLetters_OpenLetterId",
                        column: x => x.OpenLetterId,
                        principalTable: "OpenLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LetterEndorsements_OpenLetterId_Moderation",
                table: "LetterEndorsements",
                columns: new[] { "OpenLetterId", "Moderation" });

            migrationBuilder.CreateIndex(
                name: "IX_LetterEndorsements_OpenLetterId_NormalisedName",
                table: "LetterEndorsements",
                columns: new[] { "OpenLetterId", "NormalisedName" });

            migrationBuilder.CreateIndex(
                name: "IX_LetterEndorsements_TokenHash",
                table: "LetterEndorsements",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenLetters_Slug",
                table: "OpenLetters",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterEndorsements");

            migrationBuilder.DropTable(
                name: "OpenLetters");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MlCareer.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SideActivityAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "SkillsToLearn",
                table: "Engineers",
                type: "character varying(60)[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "NoticeReads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EngineerId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReadOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeReads_Engineers_EngineerId",
                        column: x => x.EngineerId,
                        principalTable: "Engineers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EngineerId = table.Column<int>(type: "integer", nullable: false),
                    SideActivityId = table.Column<int>(type: "integer", nullable: false),
                    WindowStart = table.Column<int>(type: "integer", nullable: false),
                    WindowEnd = table.Column<int>(type: "integer", nullable: false),
                    SnoozedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionDismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuggestionDismissals_Engineers_EngineerId",
                        column: x => x.EngineerId,
                        principalTable: "Engineers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuggestionDismissals_SideActivities_SideActivityId",
                        column: x => x.SideActivityId,
                        principalTable: "SideActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReads_EngineerId_Key",
                table: "NoticeReads",
                columns: new[] { "EngineerId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionDismissals_EngineerId_SideActivityId",
                table: "SuggestionDismissals",
                columns: new[] { "EngineerId", "SideActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionDismissals_SideActivityId",
                table: "SuggestionDismissals",
                column: "SideActivityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeReads");

            migrationBuilder.DropTable(
                name: "SuggestionDismissals");

            migrationBuilder.DropColumn(
                name: "SkillsToLearn",
                table: "Engineers");
        }
    }
}

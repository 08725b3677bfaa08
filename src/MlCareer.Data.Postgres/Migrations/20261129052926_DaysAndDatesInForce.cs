using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlCareer.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DaysAndDatesInForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ArchivedOn",
                table: "Projects",
                type: "date",
                nullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "Share",
                table: "PhasePeriods",
                type: "double precision",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "double precision");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "Engagements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DroppedOn",
                table: "Engagements",
                type: "date",
                nullable: true);

            // Periods saved with the old dialog's fixed 15% follow the training-run setting from now on.
            migrationBuilder.Sql("UPDATE \"PhasePeriods\" SET \"Share\" = NULL WHERE \"Share\" = 0.15;");

            // Engagements closed before the dates were recorded count until their planned end.
            migrationBuilder.Sql("UPDATE \"Engagements\" SET \"CompletedOn\" = \"End\" WHERE \"Status\" = 'Done' AND \"CompletedOn\" IS NULL;");
            migrationBuilder.Sql("UPDATE \"Engagements\" SET \"DroppedOn\" = \"End\" WHERE \"Status\" = 'Dropped' AND \"DroppedOn\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchivedOn",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "DroppedOn",
                table: "Engagements");

            migrationBuilder.AlterColumn<double>(
                name: "Share",
                table: "PhasePeriods",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "double precision",
                oldNullable: true);
        }
    }
}

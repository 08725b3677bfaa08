using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlCareer.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogForSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PayPerHourCurrency",
                table: "SideActivities",
                newName: "PayCurrency");

            migrationBuilder.RenameColumn(
                name: "PayPerHourAmount",
                table: "SideActivities",
                newName: "PayAmount");

            migrationBuilder.RenameColumn(
                name: "IsTeamActivity",
                table: "SideActivities",
                newName: "NeedsTeam");

            migrationBuilder.RenameColumn(
                name: "IsActive",
                table: "SideActivities",
                newName: "IsArchived");

            migrationBuilder.RenameColumn(
                name: "HoursPerWeek",
                table: "SideActivities",
                newName: "MinHoursPerWeek");

            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"TitleZh\" = \"Title\" WHERE \"TitleZh\" IS NULL;");

            migrationBuilder.AlterColumn<string>(
                name: "TitleZh",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Benefits",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CommitmentShape",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Industry",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Link",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MaxHoursPerWeek",
                table: "SideActivities",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "PayBasis",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Existing entries: active ones are not archived; one typical figure becomes a range; a term
            // means a recurring commitment; an amount was pay per hour.
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"IsArchived\" = NOT \"IsArchived\";");
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"MaxHoursPerWeek\" = \"MinHoursPerWeek\";");
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"CommitmentShape\" = CASE WHEN \"CommitmentWeeks\" IS NULL THEN 'OneOff' ELSE 'Recurring' END;");
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"PayBasis\" = CASE WHEN \"PayAmount\" IS NULL THEN 'None' ELSE 'PerHour' END;");
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"Benefits\" = 'None';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"SideActivities\" SET \"IsArchived\" = NOT \"IsArchived\";");

            migrationBuilder.DropColumn(
                name: "Benefits",
                table: "SideActivities");

            migrationBuilder.DropColumn(
                name: "CommitmentShape",
                table: "SideActivities");

            migrationBuilder.DropColumn(
                name: "Industry",
                table: "SideActivities");

            migrationBuilder.DropColumn(
                name: "Link",
                table: "SideActivities");

            migrationBuilder.DropColumn(
                name: "MaxHoursPerWeek",
                table: "SideActivities");

            migrationBuilder.DropColumn(
                name: "PayBasis",
                table: "SideActivities");

            migrationBuilder.RenameColumn(
                name: "PayCurrency",
                table: "SideActivities",
                newName: "PayPerHourCurrency");

            migrationBuilder.RenameColumn(
                name: "PayAmount",
                table: "SideActivities",
                newName: "PayPerHourAmount");

            migrationBuilder.RenameColumn(
                name: "NeedsTeam",
                table: "SideActivities",
                newName: "IsTeamActivity");

            migrationBuilder.RenameColumn(
                name: "MinHoursPerWeek",
                table: "SideActivities",
                newName: "HoursPerWeek");

            migrationBuilder.RenameColumn(
                name: "IsArchived",
                table: "SideActivities",
                newName: "IsActive");

            migrationBuilder.AlterColumn<string>(
                name: "TitleZh",
                table: "SideActivities",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);
        }
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Import.ImportFiles;

namespace MlCareer.Web.Tests.Import;

/// <summary>
/// Bad files are refused, each error names its line, and nothing is stored; good files are stored whole.
/// Each test works on its own project name or weeks, so the tests of a class can share one database.
/// </summary>
public abstract class ImportServiceTests(AppFixture app) : ImportTestBase(app)
{
    [Fact]
    public async Task Plan_Valid_PreviewStoresNothingThenImportCreatesTheProjectWithItsPhasesAndPeriod()
    {
        var imports = await ImportsAsync(Ana);
        var file = Utf8(Plan("Shelf image recognition"));

        var preview = await imports.PreviewAsync(ImportKind.Plan, file, cancellationToken: Ct);
        var countAfterPreview = await ProjectCountAsync();
        var result = await imports.ImportAsync(ImportKind.Plan, file, 40, cancellationToken: Ct);

        Assert.True(preview.CanImport);
        Assert.Equal([2, 3, 4], preview.Rows.Select(r => r.Line));
        Assert.True(result.Succeeded, result.Error?.MessageKey);
        Assert.Equal(countAfterPreview + 1, await ProjectCountAsync());
        await using var db = Users[0].Db();
        var project = await db.Projects.Include(p => p.Phases).ThenInclude(p => p.Periods).Include(p => p.Assignments)
            .SingleAsync(p => p.Name == "Shelf image recognition", Ct);
        Assert.Equal([PhaseKind.DataWrangling, PhaseKind.ModelDevelopment], project.Phases.OrderBy(p => p.Order).Select(p => p.Kind));
        Assert.True(project.Phases.Single(p => p.Order == 2).IsTentative);
        Assert.Equal("Training run", project.Phases.Single(p => p.Order == 2).Periods.Single().Label);
        Assert.Equal(40, project.Assignments.Single().Allocation.ToPercent());
    }

    [Fact]
    public async Task Plan_WrongColumns_RefusedNamingTheMissingOnesAndStoresNothing()
    {
        var before = await ProjectCountAsync();

        var preview = await (await ImportsAsync(Ana)).PreviewAsync(ImportKind.Plan, Utf8("name,begin,finish", "Wrong,2027-01-04,2027-01-10"), cancellationToken: Ct);
        var result = await (await ImportsAsync(Ana)).ImportAsync(ImportKind.Plan, Utf8("name,begin,finish", "Wrong,2027-01-04,2027-01-10"), cancellationToken: Ct);

        Assert.Equal("Import.MissingColumns", preview.FileError?.MessageKey);
        Assert.Contains("project, phase, kind, start, end", Message(preview.FileError!), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Theory]
    [InlineData("2027-13-01", "Import.BadDate", "start")]
    [InlineData("04/01/2027", "Import.BadDate", "start")]
    [InlineData("9999-01-04", "Rules.DateOutOfBounds", "start")]
    public async Task Plan_BadDate_TheRowIsMarkedWithItsLineAndNothingIsStored(string start, string key, string column)
    {
        string[] lines = [.. Plan("Bad date " + start)];
        lines[2] = $"Bad date {start},2,ModelDevelopment,,{start},{Day(11, 6)},,false,,,";

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Plan, Utf8(lines));

        var bad = preview.Rows.Single(r => r.Line == 3);
        Assert.Equal((key, column), (bad.Error!.MessageKey, bad.Error.Field));
        Assert.Equal([(2, null), (3, key), (4, "Import.PhaseHasErrors")], preview.Rows.Select(r => (r.Line, r.Error?.MessageKey)));
        Assert.False(stored);
    }

    [Fact]
    public async Task Plan_EndBeforeStartAndUnknownKind_EachRowNamesItsLineAndReason()
    {
        string[] lines =
        [
            PlanHeader,
            $"Two errors,1,DataWrangling,,{Day(4)},{Day(2)},,false,,,",
            $"Two errors,2,Modelling,,{Day(6)},{Day(8)},,false,,,",
        ];

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Plan, Utf8(lines));

        Assert.Equal([(2, "Rules.EndBeforeStart"), (3, "Import.UnknownKind")], preview.Rows.Select(r => (r.Line, r.Error!.MessageKey)));
        Assert.Contains("'Modelling' is not a phase kind", Message(preview.Rows[1].Error!), StringComparison.Ordinal);
        Assert.False(stored);
    }

    [Fact]
    public async Task Plan_ExistingProjectNameOrDuplicatePhase_Refused()
    {
        string[] lines = [PlanHeader, $"{Churn},1,DataWrangling,,{Day(2)},{Day(3)},,false,,,", $"Dupes,1,DataWrangling,,{Day(2)},{Day(3)},,false,,,",
            $"Dupes,1,Deployment,,{Day(4)},{Day(5)},,false,,,"];

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Plan, Utf8(lines));

        Assert.Equal([(2, "Import.ProjectExists"), (3, null), (4, "Rules.DuplicateRow")], preview.Rows.Select(r => (r.Line, r.Error?.MessageKey)));
        Assert.False(stored);
    }

    [Theory]
    [InlineData("-2", "Timesheet.HoursRange")]
    [InlineData("169", "Timesheet.HoursRange")]
    [InlineData("\"12,5\"", "Import.BadNumber")]
    [InlineData("lots", "Import.BadNumber")]
    public async Task Hours_OutOfRangeOrMalformed_TheRowIsMarkedAndNothingIsStored(string hours, string key)
    {
        var week = Week(1);
        string[] lines = ["week,project,phase,hours,note", $"{week},{Churn},5,4,ok", $"{week},Invoice document OCR,3,{hours},bad"];
        var before = await HourLogCountAsync();

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Hours, Utf8(lines));

        Assert.Equal([(2, null), (3, key)], preview.Rows.Select(r => (r.Line, r.Error?.MessageKey)));
        Assert.Equal("hours", preview.Rows[1].Error!.Field);
        Assert.False(stored);
        Assert.Equal(before, await HourLogCountAsync());
    }

    [Fact]
    public async Task Hours_WeekOutsideThePhaseUnknownProjectAndSomeoneElses_EachRefusedWithItsLine()
    {
        string[] lines =
        [
            "engineer_email,week,project,phase,hours",
            $"{Ana},2026-W10,{Churn},6,5",
            $"{Ana},{Week(1)},No such project,1,5",
            $"ben@mlcareer.example,{Week(1)},{Churn},5,5",
            $"{Ana},2025-W53,{Churn},5,5",
        ];

        var (preview, stored) = await PreviewAndImportAsync(ImportKind.Hours, Utf8(lines));

        Assert.Equal([(2, "Timesheet.PhaseNotActive"), (3, "Import.UnknownProject"), (4, "Import.OtherEngineer"), (5, "Api.BadWeek")],
            preview.Rows.Select(r => (r.Line, r.Error?.MessageKey)));
        Assert.False(stored);
    }

    [Fact]
    public async Task Hours_Valid_StoredAsTheTimesheetWouldStoreThem()
    {
        var week = Week(5);
        var imports = await ImportsAsync(Ana);

        var result = await imports.ImportAsync(ImportKind.Hours, Utf8("week,project,phase,hours,note", $"{week},{Churn},5,7.5,Imported"), cancellationToken: Ct);

        Assert.True(result.Succeeded, result.Error?.MessageKey);
        var timesheet = Users[0].Service<Web.Features.Timesheet.TimesheetService>();
        var row = (await timesheet.GetWeekAsync(IsoWeek.Parse(week), Ct)).Value!.Rows.Single(r => r.ProjectName == Churn && r.Kind == PhaseKind.ModelDevelopment);
        Assert.Equal((7.5, "Imported"), (row.Hours, row.Note));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Data;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

/// <summary>
/// The timesheet service on the real app's SQLite database with the demo organisation. Each test that
/// writes uses its own week (or engineer), so the tests of this class can share one database.
/// </summary>
public abstract class TimesheetServiceTests(AppFixture app) : IAsyncDisposable
{
    private const string Ana = "ana@mlcareer.example";
    private const string Chen = "chen@mlcareer.example";
    private const string Churn = "Customer churn prediction";
    private const string Ocr = "Invoice document OCR";

    private readonly List<AsUser> _users = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetWeek_Ana_RowsForTheActivePhasesOfHerProjectsAndHerCapacity()
    {
        var ana = await ServiceForAsync(Ana);

        var week = (await ana.GetWeekAsync(ana.CurrentWeek(), Ct)).Value!;

        Assert.Equal([(Churn, PhaseKind.ModelDevelopment), (Ocr, PhaseKind.DataLabeling)], week.Rows.Select(r => (r.ProjectName, r.Kind)));
        Assert.Equal(40, week.CapacityHours);
    }

    [Fact]
    public async Task SaveWeek_ThenReload_ReturnsTheHoursAndTotal()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(1);
        var loaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        var saved = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 24.5, "Feature ablations"), (Ocr, 8, null)), Ct);
        var reloaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        Assert.True(saved.Succeeded);
        Assert.Equal((24.5, "Feature ablations"), (Row(reloaded, Churn).Hours, Row(reloaded, Churn).Note));
        Assert.Equal(8, Row(reloaded, Ocr).Hours);
        Assert.Equal(32.5, reloaded.TotalHours);
        Assert.NotNull(Row(reloaded, Ocr).Version);
    }

    [Fact]
    public async Task SaveWeek_TwoSavesFromTheSameLoadedWeek_SecondIsAConflictAndTheFirstHoursRemain()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(2);
        var loaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        var first = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 10, null)), Ct);
        var second = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 30, null)), Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(ErrorKind.Conflict, second.Error!.Kind);
        Assert.Contains("Reload", Message(second.Error), StringComparison.Ordinal);
        Assert.Equal(10, Row((await ana.GetWeekAsync(week, Ct)).Value!, Churn).Hours);
    }

    [Fact]
    public async Task SaveWeek_StaleVersionOfAnExistingLog_IsAConflictAndKeepsTheNewerHours()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(4);
        await ana.SaveWeekAsync(Input(week, (await ana.GetWeekAsync(week, Ct)).Value!, (Ocr, 6, null)), Ct);
        var seenByBothTabs = (await ana.GetWeekAsync(week, Ct)).Value!;

        var tabOne = await ana.SaveWeekAsync(Input(week, seenByBothTabs, (Ocr, 7, "tab one")), Ct);
        var tabTwo = await ana.SaveWeekAsync(Input(week, seenByBothTabs, (Ocr, 9, "tab two")), Ct);

        Assert.True(tabOne.Succeeded);
        Assert.Equal(ErrorKind.Conflict, tabTwo.Error!.Kind);
        var row = Row((await ana.GetWeekAsync(week, Ct)).Value!, Ocr);
        Assert.Equal((7.0, "tab one"), (row.Hours, row.Note));
    }

    [Fact]
    public async Task SaveWeek_200HoursOnARow_InvalidOnThatRowAndNothingStored()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(3);
        var loaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        var result = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 5, null), (Ocr, 200, null)), Ct);

        Assert.Equal(ErrorKind.Invalid, result.Error!.Kind);
        Assert.Equal(TimesheetFields.Hours(Row(loaded, Ocr).PhaseId), result.Error.Field);
        Assert.Equal("Enter between 0 and 168 hours.", Message(result.Error));
        Assert.All((await ana.GetWeekAsync(week, Ct)).Value!.Rows, r => Assert.Null(r.Version));
    }

    [Fact]
    public async Task SaveWeek_TotalOver168_InvalidOnTheTotalAndNothingStored()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(3);
        var loaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        var result = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 100, null), (Ocr, 70, null)), Ct);

        Assert.Equal((ErrorKind.Invalid, TimesheetFields.Total), (result.Error!.Kind, result.Error.Field));
        Assert.Equal("These rows add up to 170 hours; a week holds at most 168.", Message(result.Error));
        Assert.Equal(0, (await ana.GetWeekAsync(week, Ct)).Value!.TotalHours);
    }

    [Fact]
    public async Task SaveWeek_NoteLongerThanTheColumn_InvalidOnTheNote()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(3);
        var loaded = (await ana.GetWeekAsync(week, Ct)).Value!;

        var result = await ana.SaveWeekAsync(Input(week, loaded, (Churn, 5, new string('x', FieldLengths.Note + 1))), Ct);

        Assert.Equal(TimesheetFields.Note(Row(loaded, Churn).PhaseId), result.Error!.Field);
        Assert.Equal("Use at most 1000 characters.", Message(result.Error));
    }

    [Fact]
    public async Task SaveWeek_PhaseOfAProjectTheCallerIsNotOn_ForbiddenAndNothingStored()
    {
        var chen = await ServiceForAsync(Chen);
        var week = chen.CurrentWeek().AddWeeks(3);
        var ownRow = Row((await chen.GetWeekAsync(week, Ct)).Value!, Ocr);
        var churnPhase = await PhaseIdAsync(Churn, PhaseKind.ModelDevelopment);

        var result = await chen.SaveWeekAsync(
            new TimesheetInput(week, [new(ownRow.PhaseId, 8, null, null), new(churnPhase, 8, null, null)]), Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        var after = (await chen.GetWeekAsync(week, Ct)).Value!;
        Assert.DoesNotContain(after.Rows, r => r.PhaseId == churnPhase);
        Assert.Equal(0, after.TotalHours);
    }

    [Fact]
    public async Task SaveWeek_PhaseOfHerProjectNotActiveThatWeek_InvalidOnThatRowAndNothingStored()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(3);
        var deployment = await PhaseIdAsync(Churn, PhaseKind.Deployment);

        var result = await ana.SaveWeekAsync(new TimesheetInput(week, [new(deployment, 4, null, null)]), Ct);

        Assert.Equal((ErrorKind.Invalid, TimesheetFields.Hours(deployment)), (result.Error!.Kind, result.Error.Field));
        Assert.DoesNotContain((await ana.GetWeekAsync(week, Ct)).Value!.Rows, r => r.PhaseId == deployment);
    }

    [Fact]
    public async Task SaveWeek_ZeroHoursAndNoNote_RemovesTheLog()
    {
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(6);
        await ana.SaveWeekAsync(Input(week, (await ana.GetWeekAsync(week, Ct)).Value!, (Churn, 12, "pairing")), Ct);

        var result = await ana.SaveWeekAsync(Input(week, (await ana.GetWeekAsync(week, Ct)).Value!, (Churn, 0, " ")), Ct);

        Assert.True(result.Succeeded);
        Assert.Equal((0.0, null, null), (Row(result.Value!, Churn).Hours, Row(result.Value!, Churn).Note, Row(result.Value!, Churn).Version));
    }

    [Fact]
    public async Task SaveWeek_SamePhaseAsAnotherEngineer_NeverReturnsOrChangesTheirHours()
    {
        var chen = await ServiceForAsync(Chen);
        var ana = await ServiceForAsync(Ana);
        var week = ana.CurrentWeek().AddWeeks(5);
        await chen.SaveWeekAsync(Input(week, (await chen.GetWeekAsync(week, Ct)).Value!, (Ocr, 30, "chen's labeling review")), Ct);
        var anaSees = (await ana.GetWeekAsync(week, Ct)).Value!;

        var saved = await ana.SaveWeekAsync(Input(week, anaSees, (Ocr, 3, null)), Ct);

        Assert.DoesNotContain(anaSees.Rows, r => r.Note == "chen's labeling review" || r.Hours == 30);
        Assert.True(saved.Succeeded);
        var chenRow = Row((await chen.GetWeekAsync(week, Ct)).Value!, Ocr);
        Assert.Equal((30.0, "chen's labeling review"), (chenRow.Hours, chenRow.Note));
    }

    [Fact]
    public async Task CopyPreviousWeek_Ana_FillsThisWeekWithLastWeeksHoursWithoutSaving()
    {
        var ana = await ServiceForAsync(Ana);
        var thisWeek = ana.CurrentWeek();
        var lastWeek = (await ana.GetWeekAsync(thisWeek.AddWeeks(-1), Ct)).Value!;

        var copied = (await ana.CopyPreviousWeekAsync(thisWeek, Ct)).Value!;

        Assert.Equal(lastWeek.Rows.Select(r => (r.PhaseId, r.Hours)), copied.Rows.Select(r => (r.PhaseId, r.Hours)));
        Assert.True(copied.TotalHours > 0);
        Assert.Equal(0, (await ana.GetWeekAsync(thisWeek, Ct)).Value!.TotalHours);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users)
        {
            await user.DisposeAsync();
        }
    }

    private static TimesheetRow Row(TimesheetWeek week, string project) => week.Rows.Single(r => r.ProjectName == project);

    /// <summary>The loaded week with some rows changed, sent back with the versions as loaded.</summary>
    private static TimesheetInput Input(IsoWeek week, TimesheetWeek loaded, params (string Project, double Hours, string? Note)[] changes) =>
        new(week, [.. loaded.Rows.Select(r => changes.FirstOrDefault(c => c.Project == r.ProjectName) is { Project: not null } c
            ? new TimesheetRowInput(r.PhaseId, c.Hours, c.Note, r.Version)
            : new TimesheetRowInput(r.PhaseId, r.Hours, r.Note, r.Version))]);

    private string Message(ResultError error)
    {
        var localizer = app.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        return localizer.Message(error);
    }

    private async Task<TimesheetService> ServiceForAsync(string email)
    {
        var user = await AsUser.SignInAsync(app.Factory, email);
        _users.Add(user);
        return user.Service<TimesheetService>();
    }

    private async Task<int> PhaseIdAsync(string project, PhaseKind kind)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        return await db.Phases.Where(p => p.Kind == kind && db.Projects.Any(x => x.Id == p.ProjectId && x.Name == project))
            .Select(p => p.Id).SingleAsync(Ct);
    }
}

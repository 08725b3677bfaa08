using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

/// <summary>
/// The workload rulings through the services, as the pages use them. A test here changes the settings,
/// so this class has its own app and database.
/// </summary>
public abstract class RulingsServiceTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Defect 2: a period added without a share follows the admin's training-run share, before and after a change.</summary>
    [Fact]
    public async Task PeriodWithoutAShare_FollowsTheTrainingRunSettingEverywhere()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var today = MlCareerWebFactory.Today;
        var start = MlCareerWebFactory.ThisWeek.AddWeeks(10).Monday;
        var projectId = await CreateAsync(ana, "Monitored run", start.ToDateTime(TimeOnly.MinValue), new PhaseDraftInput { Kind = PhaseKind.ModelDevelopment, Weeks = 4, SharePercent = 85 });
        var phase = (await ana.Service<ProjectService>().GetAsync(projectId, Ct)).Value!.Phases.Single();
        var period = new PeriodInput { Label = "Training run", Start = start.ToDateTime(TimeOnly.MinValue), End = start.AddDays(13).ToDateTime(TimeOnly.MinValue) };
        Assert.True((await ana.Service<PhaseService>().AddPeriodAsync(projectId, phase.Id, period, Ct)).Succeeded);
        var runWeek = IsoWeek.FromDate(start);
        var settings = (await admin.Service<SettingsService>().GetAsync(Ct)).Value!;

        var before = await HoursInAsync(ana, runWeek);
        settings.MonitoringPercent = 40;
        Assert.True((await admin.Service<SettingsService>().SaveAsync(settings, Ct)).Succeeded);
        var after = await HoursInAsync(ana, runWeek);
        var shown = (await ana.Service<ProjectService>().GetAsync(projectId, Ct)).Value!;

        Assert.Equal(40 * 0.5 * (0.40 - 0.15), after - before, 6);
        Assert.Equal(new Share(0.4), shown.MonitoringShare);
        Assert.Null(shown.Phases.Single().Periods.Single().Share);
        settings = (await admin.Service<SettingsService>().GetAsync(Ct)).Value!;
        settings.MonitoringPercent = 15;
        Assert.True((await admin.Service<SettingsService>().SaveAsync(settings, Ct)).Succeeded);
        Assert.True(today <= start);
    }

    [Fact]
    public async Task ArchiveRestoreAndDelete_HistoryStaysAndOnlyAnUnloggedProjectIsDeleted()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var projects = ana.Service<ProjectService>();
        var churn = await ProjectIdAsync(ana, "Customer churn prediction");
        var fresh = await CreateAsync(ana, "Short-lived", MlCareerWebFactory.Today.ToDateTime(TimeOnly.MinValue), new PhaseDraftInput { Kind = PhaseKind.DataCollection, Weeks = 2, SharePercent = 15 });

        var refused = await projects.DeleteAsync(churn, (await projects.GetAsync(churn, Ct)).Value!.Version, Ct);
        var archived = await projects.ArchiveAsync(churn, (await projects.GetAsync(churn, Ct)).Value!.Version, Ct);
        var hidden = (await projects.ListAsync(mineOnly: true, cancellationToken: Ct)).Value!;
        var editWhileArchived = await ana.Service<PhaseService>().StartAsync(churn, (await projects.GetAsync(churn, Ct)).Value!.Phases[0].Id, Ct);
        var restored = await projects.RestoreAsync(churn, (await projects.GetAsync(churn, Ct)).Value!.Version, Ct);
        var deleted = await projects.DeleteAsync(fresh, (await projects.GetAsync(fresh, Ct)).Value!.Version, Ct);

        Assert.Equal((ErrorKind.Invalid, "Rules.ProjectHasLoggedHours"), (refused.Error!.Kind, refused.Error.MessageKey));
        Assert.True(archived.Succeeded);
        Assert.DoesNotContain(hidden, p => p.Id == churn);
        Assert.Equal("Rules.ProjectArchived", editWhileArchived.Error!.MessageKey);
        Assert.True(restored.Succeeded);
        Assert.True(deleted.Succeeded);
        Assert.Equal(ErrorKind.NotFound, (await projects.GetAsync(fresh, Ct)).Error!.Kind);
        await using var db = ana.Db();
        Assert.True(await db.HourLogs.AnyAsync(h => db.Phases.Any(p => p.Id == h.PhaseId && p.ProjectId == churn), Ct));
    }

    [Fact]
    public async Task RemovePhase_WithLoggedHours_RefusedAndNothingRemoved()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var churn = await ProjectIdAsync(ana, "Customer churn prediction");
        var view = (await ana.Service<ProjectService>().GetAsync(churn, Ct)).Value!;

        var result = await ana.Service<PhaseService>().RemoveAsync(churn, view.Phases.First(p => p.Kind == PhaseKind.DataWrangling).Id, Ct);

        Assert.Equal("Phases.HasLoggedHours", result.Error!.MessageKey);
        Assert.Equal(view.Phases.Count, (await ana.Service<ProjectService>().GetAsync(churn, Ct)).Value!.Phases.Count);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public async Task SavePhase_DateFarOutsideThePlannersYears_RefusedAndTheProjectStillOpens(int year, int month, int day)
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var churn = await ProjectIdAsync(ana, "Customer churn prediction");
        var input = new PhaseInput { Kind = PhaseKind.DataLabeling, PlannedStart = new DateTime(2026, 12, 7), PlannedEnd = new DateTime(year, month, day) };

        var result = await ana.Service<PhaseService>().SaveAsync(churn, input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(PhaseInput.PlannedEnd)), (result.Error!.Kind, result.Error.Field));
        Assert.True((await ana.Service<ProjectService>().GetAsync(churn, Ct)).Succeeded);
    }

    private static async Task<double> HoursInAsync(AsUser user, IsoWeek week)
    {
        var workload = (await user.Service<WorkloadService>().GetMineAsync(Ct)).Value!;
        return workload.Workload.Weeks.Where(w => w.Week == week).Select(w => w.PlannedHours).Single();
    }

    internal static async Task<int> CreateAsync(AsUser user, string name, DateTime start, PhaseDraftInput phase)
    {
        var result = await user.Service<ProjectService>().CreateAsync(new ProjectInput { Name = name, StartDate = start, MyAllocationPercent = 50 }, [phase], Ct);
        Assert.True(result.Succeeded, result.Error?.MessageKey);
        return result.Value;
    }

    private static async Task<int> ProjectIdAsync(AsUser user, string name)
    {
        await using var db = user.Db();
        return await db.Projects.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(Ct);
    }
}

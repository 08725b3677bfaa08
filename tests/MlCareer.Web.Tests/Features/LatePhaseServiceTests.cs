using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

/// <summary>A phase that starts late and runs over, through the services. The clock only moves forward, so this class has its own app.</summary>
public abstract class LatePhaseServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Defect 1: planned 7–20 Dec 2026, started 30 Dec, not finished; on 13 Jan 2027 it is still on the timesheet and counts.</summary>
    [Fact]
    public async Task PhaseStartedAfterItsPlannedEnd_StaysOnTheTimesheetOverdueAndCountsAsLoad()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var projectId = await RulingsServiceTests.CreateAsync(ana, "Late labeling", new DateTime(2026, 12, 7), new PhaseDraftInput { Kind = PhaseKind.DataLabeling, Weeks = 2, SharePercent = 100 });
        var phaseId = (await ana.Service<ProjectService>().GetAsync(projectId, Ct)).Value!.Phases.Single().Id;
        app.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 9, 0, 0, TimeSpan.Zero));
        Assert.True((await ana.Service<PhaseService>().StartAsync(projectId, phaseId, Ct)).Succeeded);
        app.Factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 13, 9, 0, 0, TimeSpan.Zero));
        var week = new IsoWeek(2027, 2);

        var timesheet = (await ana.Service<TimesheetService>().GetWeekAsync(week, Ct)).Value!;
        var workload = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!;
        var project = (await ana.Service<ProjectService>().GetAsync(projectId, Ct)).Value!;

        var row = Assert.Single(timesheet.Rows, r => r.PhaseId == phaseId);
        Assert.True(row.IsOverdue);
        Assert.True(project.Phases.Single().IsOverdue(project.Today));
        Assert.True(workload.Workload.Weeks.Single(w => w.Week == week).HoursOf(PhaseKind.DataLabeling) > 0);
    }
}

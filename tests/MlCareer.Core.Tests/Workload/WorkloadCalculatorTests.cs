using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using static MlCareer.Core.Tests.Workload.PlanBuilder;

namespace MlCareer.Core.Tests.Workload;

public class WorkloadCalculatorTests
{
    private static WeekLoad WeekAt(EngineerWorkload workload, int offset) => workload.Weeks.Single(w => w.Week == Now.AddWeeks(offset));

    private static (PhaseKind?, string?, string?, double) Cause(WindowCause cause) =>
        (cause.Kind, cause.ProjectName, cause.PeriodLabel, Math.Round(cause.Hours, 6));

    [Fact]
    public void Compute_OnePhase_LoadIsCapacityTimesAllocationTimesShare()
    {
        var workload = new PlanBuilder().Project("Churn", 0.5, Phase(PhaseKind.DataWrangling, 0, 3)).Compute();

        Assert.Equal(40 * 0.5 * 0.9, WeekAt(workload, 1).LoadHours, 6);
        Assert.Equal(18, WeekAt(workload, 1).HoursOf(PhaseKind.DataWrangling), 6);
        Assert.Equal(0, WeekAt(workload, 4).LoadHours);
    }

    [Fact]
    public void Compute_OverlappingPhasesOfOneProject_AreCappedAtTheAllocation()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 0.6, Phase(PhaseKind.DataWrangling, 0, 5), Phase(PhaseKind.ModelDevelopment, 2, 8))
            .Compute();

        var overlap = WeekAt(workload, 3);
        Assert.Equal(24, overlap.LoadHours, 6);
        Assert.Equal(24 * 0.9 / 1.75, overlap.HoursOf(PhaseKind.DataWrangling), 6);
        Assert.Equal(24 * 0.85 / 1.75, overlap.HoursOf(PhaseKind.ModelDevelopment), 6);
        Assert.Equal(40 * 0.6 * 0.9, WeekAt(workload, 1).LoadHours, 6);
    }

    [Fact]
    public void Compute_PhasesOfTwoProjects_AreNotCappedTogether()
    {
        var workload = new PlanBuilder()
            .Project("A", 0.6, Phase(PhaseKind.DataWrangling, 0, 5))
            .Project("B", 0.6, Phase(PhaseKind.ModelDevelopment, 0, 5))
            .Compute();

        var week = WeekAt(workload, 2);
        Assert.Equal((40 * 0.6 * 0.9) + (40 * 0.6 * 0.85), week.LoadHours, 6);
        Assert.True(week.IsOverAllocated);
    }

    [Fact]
    public void Compute_TrainingRunInModelDevelopment_TurnsTwoWeeksIntoAWindow()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1.0, Phase(PhaseKind.ModelDevelopment, 0, 8, periods: Period("Training run", 3, 4, 0.15)), Phase(PhaseKind.Deployment, 9, 40, share: 0.6))
            .Compute();

        var window = Assert.Single(workload.Windows);
        Assert.Equal((Now.AddWeeks(3), Now.AddWeeks(4), 2), (window.Start, window.End, window.Weeks));
        Assert.Equal(40 - 6, window.MinFreeHours, 6);
        Assert.Equal((PhaseKind.ModelDevelopment, "Churn", "Training run", 6.0), Cause(Assert.Single(window.Causes)));
        Assert.Equal(34, WeekAt(workload, 2).LoadHours, 6);
    }

    [Fact]
    public void Compute_LoggedPastWeek_OverridesItsPlanButFutureWeeksKeepThePlan()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, -4, 4))
            .Logged(-2, PhaseKind.DataWrangling, 12)
            .Logged(1, PhaseKind.DataWrangling, 5)
            .Compute();

        var loggedPast = WeekAt(workload, -2);
        Assert.Equal((12.0, 36.0, true), (loggedPast.LoadHours, loggedPast.PlannedHours, loggedPast.IsPast));
        Assert.Equal(12, loggedPast.LoggedHours);
        Assert.Equal(36, WeekAt(workload, -1).LoadHours, 6);
        Assert.Equal(36, WeekAt(workload, 1).LoadHours, 6);
        Assert.False(WeekAt(workload, 0).IsPast);
    }

    [Fact]
    public void Compute_EngagementInAWindow_AddsItsHoursAndCanFillIt()
    {
        var plan = new PlanBuilder().Project("OCR", 1.0, Phase(PhaseKind.DataWrangling, -2, 0), Phase(PhaseKind.DataLabeling, 1, 4), Phase(PhaseKind.DataWrangling, 5, 40));
        var before = plan.Compute();

        var after = plan.Side("Mentoring cohort", 1, 4, 18).Compute();

        Assert.Equal((Now.AddWeeks(1), 4), (before.Windows[0].Start, before.Windows[0].Weeks));
        Assert.Equal(4 + 18, WeekAt(after, 2).LoadHours, 6);
        Assert.Equal(18, WeekAt(after, 2).SideHours);
        Assert.DoesNotContain(after.Windows, w => w.Start <= Now.AddWeeks(4) && w.End >= Now.AddWeeks(1));
    }

    [Fact]
    public void Compute_LowWeeksRunningPastTheHorizon_WindowEndsAtTheHorizonAndSaysSo()
    {
        var rules = WorkloadRules.Default with { HorizonWeeks = 10 };

        var workload = new PlanBuilder().Project("Forecast", 1.0, Phase(PhaseKind.DataWrangling, -2, 6), Phase(PhaseKind.Deployment, 7, 30)).Compute(rules);

        var window = Assert.Single(workload.Windows);
        Assert.Equal((Now.AddWeeks(7), Now.AddWeeks(9)), (window.Start, window.End));
        Assert.True(window.ReachesHorizon);
    }

    [Fact]
    public void Compute_AcrossTheYearBoundary_Week53IsAWeekOfItsOwn()
    {
        var now = new IsoWeek(2026, 51);
        var plan = new EngineerPlan(1, 40,
            [new ProjectPlan(1, "Churn", 1.0,
            [
                new PhasePlan(1, PhaseKind.DataWrangling, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 27), null, false, []),
                new PhasePlan(2, PhaseKind.DataLabeling, new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 10), null, false, []),
                new PhasePlan(3, PhaseKind.DataWrangling, new DateOnly(2027, 1, 11), new DateOnly(2027, 12, 31), null, false, []),
            ])],
            [], []);

        var workload = WorkloadCalculator.ForHorizon(WorkloadRules.Default, now, 0).Compute(plan);

        var window = Assert.Single(workload.Windows);
        Assert.Equal((new IsoWeek(2026, 53), new IsoWeek(2027, 1), 2), (window.Start, window.End, window.Weeks));
        Assert.Equal(new IsoWeek(2026, 53), workload.Weeks[2].Week);
        Assert.Equal(new IsoWeek(2027, 1), workload.Weeks[3].Week);
        Assert.Equal(4, workload.Weeks[2].LoadHours, 6);
        Assert.Equal((PhaseKind.DataLabeling, "Churn", (string?)null, 4.0), Cause(window.Causes[0]));
    }

    [Fact]
    public void Compute_SingleLowWeek_IsNotAWindow()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, 0, 2), Phase(PhaseKind.DataLabeling, 3, 3), Phase(PhaseKind.DataWrangling, 4, 40))
            .Compute();

        Assert.True(WeekAt(workload, 3).IsLow);
        Assert.Empty(workload.Windows);
    }

    [Fact]
    public void Compute_NoProjectWork_WindowSaysSo()
    {
        var workload = new PlanBuilder().Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, 0, 2), Phase(PhaseKind.DataWrangling, 5, 40)).Compute();

        var window = Assert.Single(workload.Windows);
        Assert.True(Assert.Single(window.Causes).IsNoProjectWork);
        Assert.Equal(40, window.AverageFreeHours);
    }

    [Fact]
    public void Compute_TentativeAndDistantWindows_HaveLowerConfidence()
    {
        var near = new PlanBuilder().Project("A", 1.0, Phase(PhaseKind.DataLabeling, 0, 1), Phase(PhaseKind.DataWrangling, 2, 40)).Compute();
        var tentative = new PlanBuilder().Project("A", 1.0, Phase(PhaseKind.DataLabeling, 0, 1, tentative: true), Phase(PhaseKind.DataWrangling, 2, 40)).Compute();
        var far = new PlanBuilder().Project("A", 1.0, Phase(PhaseKind.DataWrangling, 0, 19), Phase(PhaseKind.DataLabeling, 20, 21), Phase(PhaseKind.DataWrangling, 22, 40)).Compute();

        Assert.Equal(1.0, near.Windows[0].Confidence);
        Assert.Equal(0.6, tentative.Windows[0].Confidence);
        Assert.Equal(0.6, far.Windows[0].Confidence);
    }

    [Theory]
    [InlineData(0.1, 0)]
    [InlineData(0.5, 1)]
    [InlineData(0.9, 1)]
    public void Compute_ThresholdFromSettings_DecidesWhatIsLow(double threshold, int windows)
    {
        var rules = WorkloadRules.Default with { LowThreshold = threshold };

        var workload = new PlanBuilder().Project("A", 1.0, Phase(PhaseKind.DataWrangling, 0, 1), Phase(PhaseKind.Deployment, 2, 5), Phase(PhaseKind.DataWrangling, 6, 40)).Compute(rules);

        Assert.Equal(windows, workload.Windows.Count);
    }

    [Fact]
    public void Compute_AdminChangesAPhaseKindsShare_LoadFollows()
    {
        var shares = WorkloadRules.Default.DefaultShares.ToArray();
        shares[PhaseKinds.Index(PhaseKind.DataLabeling)] = 0.6;

        var workload = new PlanBuilder().Project("OCR", 1.0, Phase(PhaseKind.DataLabeling, 0, 3)).Compute(WorkloadRules.Default with { DefaultShares = shares });

        Assert.Equal(24, WeekAt(workload, 1).LoadHours, 6);
        Assert.DoesNotContain(workload.Windows, w => w.Start <= Now.AddWeeks(3));
    }

    [Fact]
    public void Compute_PhaseOwnShare_WinsOverTheKindsDefault()
    {
        var workload = new PlanBuilder().Project("OCR", 1.0, Phase(PhaseKind.DataLabeling, 0, 3, share: 0.7)).Compute();

        Assert.Equal(28, WeekAt(workload, 0).LoadHours, 6);
    }
}

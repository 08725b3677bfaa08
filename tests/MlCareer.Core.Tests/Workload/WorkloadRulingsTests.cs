using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using static MlCareer.Core.Tests.Workload.PlanBuilder;

namespace MlCareer.Core.Tests.Workload;

/// <summary>
/// Worked examples of the brief's refined rules: load by working days, periods, dates in force, side
/// activities, stopped projects and causes. "Now" is 2026-W48 (Monday 23 Nov 2026); capacity 40 h.
/// </summary>
public class WorkloadRulingsTests
{
    private static readonly DateOnly Wednesday = Monday(1).AddDays(2);

    private static WeekLoad WeekAt(EngineerWorkload workload, int offset) => workload.Weeks.Single(w => w.Week == Now.AddWeeks(offset));

    [Fact]
    public void OneDayTrainingRun_ChangesOnlyThatDay()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1.0, PhaseOn(PhaseKind.ModelDevelopment, Monday(0), Sunday(3), periods: new PeriodPlan("Training run", Wednesday, Wednesday, null)))
            .Compute();

        Assert.Equal((4 * 8 * 0.85) + (8 * 0.15), WeekAt(workload, 1).LoadHours, 6);
        Assert.Equal(34, WeekAt(workload, 0).LoadHours, 6);
        Assert.Equal(34, WeekAt(workload, 2).LoadHours, 6);
        Assert.True(WeekAt(workload, 1).RestsOnMonitoring);
        Assert.False(WeekAt(workload, 2).RestsOnMonitoring);
    }

    [Fact]
    public void PhaseCoveringOnlyAWeekend_AddsNothing()
    {
        var workload = new PlanBuilder().Project("Churn", 1.0, PhaseOn(PhaseKind.DataWrangling, Monday(1).AddDays(5), Sunday(1))).Compute();

        Assert.Equal(0, WeekAt(workload, 1).LoadHours);
        Assert.True(Assert.Single(WeekAt(workload, 1).Causes).IsNoProjectWork);
    }

    [Fact]
    public void PhaseStartingOnAWednesday_CountsThreeWorkingDaysOfItsFirstWeek()
    {
        var workload = new PlanBuilder().Project("Churn", 0.5, PhaseOn(PhaseKind.DataWrangling, Wednesday, Sunday(4))).Compute();

        Assert.Equal(3 * 8 * 0.5 * 0.9, WeekAt(workload, 1).LoadHours, 6);
        Assert.Equal(5 * 8 * 0.5 * 0.9, WeekAt(workload, 2).LoadHours, 6);
    }

    [Fact]
    public void OverlapOnSomeDays_IsCappedOnThoseDaysOnly()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1.0, PhaseOn(PhaseKind.DataWrangling, Monday(1), Sunday(1)), PhaseOn(PhaseKind.ModelDevelopment, Monday(1).AddDays(3), Sunday(2)))
            .Compute();

        Assert.Equal((3 * 8 * 0.9) + (2 * 8), WeekAt(workload, 1).LoadHours, 6);
    }

    /// <summary>Defect 2: a period without a share of its own follows the admin's training-run share.</summary>
    [Fact]
    public void PeriodWithoutItsOwnShare_FollowsTheTrainingRunSetting()
    {
        var plan = new PlanBuilder().Project("Churn", 1.0, Phase(PhaseKind.ModelDevelopment, 0, 5, periods: Period("Training run", 2, 3)));

        var byDefault = plan.Compute();
        var changed = plan.Compute(WorkloadRules.Default with { MonitoringShare = 0.4 });
        var ownShare = new PlanBuilder().Project("Churn", 1.0, Phase(PhaseKind.ModelDevelopment, 0, 5, periods: Period("Training run", 2, 3, 0.2))).Compute(WorkloadRules.Default with { MonitoringShare = 0.4 });

        Assert.Equal(6, WeekAt(byDefault, 2).LoadHours, 6);
        Assert.Equal(16, WeekAt(changed, 2).LoadHours, 6);
        Assert.Equal(8, WeekAt(ownShare, 2).LoadHours, 6);
    }

    /// <summary>Defect 1: planned 7–20 Dec 2026, started 30 Dec, not finished, today 13 Jan 2027.</summary>
    [Fact]
    public void PhaseStartedAfterItsPlannedEnd_StillCountsAndOpensNoFalseWindow()
    {
        var today = new DateOnly(2027, 1, 13);
        var phase = new Phase { Kind = PhaseKind.DataWrangling };
        phase.Plan(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 30), null, new DateOnly(2026, 12, 30));
        var plan = new EngineerPlan(1, 40, [new ProjectPlan(1, "OCR", 1.0, [PhasePlan.From(phase, today), PhasePlan.From(Later(), today)])], [], []);

        var workload = WorkloadCalculator.ForHorizon(WorkloadRules.Default, IsoWeek.FromDate(today), 2).Compute(plan);

        Assert.Equal(36, workload.Weeks.Single(w => w.Week == IsoWeek.FromDate(today)).LoadHours, 6);
        Assert.DoesNotContain(workload.Windows, w => w.Start == IsoWeek.FromDate(today));

        static Phase Later()
        {
            var next = new Phase { Kind = PhaseKind.ModelDevelopment };
            next.Plan(new DateOnly(2027, 1, 18), new DateOnly(2027, 12, 31));
            return next;
        }
    }

    [Fact]
    public void DoneAndDroppedEngagements_CountUntilTheyEnded()
    {
        var done = Engagement(Monday(-4), Sunday(4));
        done.TryComplete(Monday(0).AddDays(1), Monday(0).AddDays(2));
        var dropped = Engagement(Monday(-4), Sunday(4));
        dropped.TryDrop(Monday(-1), Monday(0));
        var droppedBeforeStart = Engagement(Monday(2), Sunday(4));
        droppedBeforeStart.TryDrop(Monday(0), Monday(0));

        var workload = new PlanBuilder()
            .SideOn("Article", done.CountedDates!.Value.Start, done.CountedDates.Value.End, 10)
            .SideOn("Talk", dropped.CountedDates!.Value.Start, dropped.CountedDates.Value.End, 5)
            .Compute();

        Assert.Equal((4.0, 0.0), (WeekAt(workload, 0).SideHours, WeekAt(workload, 1).SideHours));
        Assert.Equal(10 + 1, WeekAt(workload, -1).SideHours, 6);
        Assert.Null(droppedBeforeStart.CountedDates);
        Assert.Null(SideCommitment.From(droppedBeforeStart, "Cohort"));

        static Engagement Engagement(DateOnly start, DateOnly end)
        {
            var engagement = new Engagement { HoursPerWeek = new Hours(10) };
            engagement.Schedule(start, end);
            return engagement;
        }
    }

    [Fact]
    public void ProjectOnHold_KeepsItsPlanInUnloggedPastWeeksAndCountsNothingAhead()
    {
        var workload = new PlanBuilder()
            .StoppedProject("Churn", 1.0, Phase(PhaseKind.DataWrangling, -4, 8))
            .Logged(-2, PhaseKind.DataWrangling, 20)
            .Compute();

        Assert.Equal(36, WeekAt(workload, -3).LoadHours, 6);
        Assert.Equal(20, WeekAt(workload, -2).LoadHours, 6);
        Assert.Equal(0, WeekAt(workload, 0).LoadHours);
        Assert.Equal(0, WeekAt(workload, 5).LoadHours);
    }

    /// <summary>Defect 3: at 40% in wrangling the week is low (14.4 h), and the window says why.</summary>
    [Fact]
    public void LowAllocationInAHeavyPhase_WindowNamesThePhaseWithItsHours()
    {
        var workload = new PlanBuilder().Project("Churn", 0.4, Phase(PhaseKind.DataWrangling, 0, 40)).Compute();

        var window = workload.Windows[0];
        var cause = Assert.Single(window.Causes);
        Assert.Equal((PhaseKind.DataWrangling, "Churn", 14.4), (cause.Kind, cause.ProjectName, Math.Round(cause.Hours, 6)));
        Assert.False(cause.IsNoProjectWork);
    }

    [Fact]
    public void OneProjectIdleAndAnotherRunning_TheRunningPhaseIsTheCauseNotNoProjectWork()
    {
        var workload = new PlanBuilder()
            .Project("Idle", 0.5, Phase(PhaseKind.DataWrangling, 10, 40))
            .Project("OCR", 0.5, Phase(PhaseKind.DataLabeling, 0, 40), Phase(PhaseKind.ModelDevelopment, 10, 40))
            .Compute();

        var window = workload.Windows[0];
        Assert.Equal((Now, Now.AddWeeks(9)), (window.Start, window.End));
        Assert.Equal((PhaseKind.DataLabeling, "OCR"), (window.Causes.Single().Kind, window.Causes.Single().ProjectName));
    }

    [Fact]
    public void Causes_ListEveryPhaseAndPeriodInForceLargestFirst_AndNoProjectWorkOnlyForEmptyWeeks()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 0.6, Phase(PhaseKind.ModelDevelopment, 0, 2, periods: Period("Training run", 0, 2)), Phase(PhaseKind.DataWrangling, 6, 40))
            .Project("OCR", 0.3, Phase(PhaseKind.DataLabeling, 0, 1), Phase(PhaseKind.DataWrangling, 6, 40))
            .Compute();

        var window = workload.Windows[0];
        Assert.Equal((Now, Now.AddWeeks(5)), (window.Start, window.End));
        Assert.Equal(
            [("Churn", (string?)"Training run", Math.Round(40 * 0.6 * 0.15 * 3 / 6, 6)), ("OCR", null, Math.Round(40 * 0.3 * 0.1 * 2 / 6, 6)), (null, null, 0)],
            window.Causes.Select(c => (c.ProjectName, c.PeriodLabel, Math.Round(c.Hours, 6))));
        Assert.True(window.Causes[^1].IsNoProjectWork);
    }

    [Fact]
    public void LowThreshold_WindowStillNamesItsCauses()
    {
        var rules = WorkloadRules.Default with { LowThreshold = 0.1 };

        var workload = new PlanBuilder().Project("OCR", 1.0, Phase(PhaseKind.DataLabeling, 0, 3), Phase(PhaseKind.DataWrangling, 4, 40)).Compute(rules);

        var cause = Assert.Single(workload.Windows[0].Causes);
        Assert.Equal((PhaseKind.DataLabeling, 4.0), (cause.Kind, Math.Round(cause.Hours, 6)));
    }

    [Fact]
    public void ExplainEveryWeek_PastWeekWithLogs_ExplainsTheLoggedHoursByProjectAndKind()
    {
        var plan = new PlanBuilder()
            .Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, -4, 8))
            .Logged(-1, PhaseKind.DataWrangling, 30, "Churn")
            .Logged(-1, PhaseKind.DataLabeling, 5, "OCR")
            .Build();

        var workload = WorkloadCalculator.ForHorizon(WorkloadRules.Default, Now, 4).Compute(plan, explainEveryWeek: true);

        Assert.Equal([("Churn", PhaseKind.DataWrangling, 30.0), ("OCR", PhaseKind.DataLabeling, 5.0)],
            WeekAt(workload, -1).Causes.Select(c => (c.ProjectName!, c.Kind!.Value, c.Hours)));
        Assert.Equal(36, Assert.Single(WeekAt(workload, 2).Causes).Hours, 6);
    }
}

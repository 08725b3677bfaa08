using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using static MlCareer.Core.Tests.Workload.PlanBuilder;

namespace MlCareer.Core.Tests.Workload;

/// <summary>
/// Worked examples of the slip warning. "Now" is 2026-W48; capacity 40 h. A 10 h/week mentoring engagement
/// is planned from week 2 to week 5 beside a project at 100% allocation, labeling until week 5 and wrangling after it.
/// </summary>
public class SlipDetectorTests
{
    private static readonly OpenEngagement Mentoring = new(7, "Mentoring cohort", Monday(2), Sunday(5), 10);

    private static EngineerWorkload Compute(params PhasePlan[] phases) =>
        WorkloadCalculator.ForHorizon(WorkloadRules.Default, Now, 0)
            .Compute(new PlanBuilder().Project("Churn", 1.0, phases).Side("Mentoring cohort", 2, 5, 10).Build(), explainEveryWeek: true);

    [Fact]
    public void Find_WranglingMovedIntoTheEngagement_NamesThePhaseTheEngagementAndTheWeeks()
    {
        var planned = Compute(Phase(PhaseKind.DataLabeling, 0, 5), Phase(PhaseKind.DataWrangling, 6, 12));
        var moved = Compute(Phase(PhaseKind.DataLabeling, 0, 3), Phase(PhaseKind.DataWrangling, 4, 10));

        var before = SlipDetector.Find(planned, [Mentoring], Now);
        var after = SlipDetector.Find(moved, [Mentoring], Now);

        Assert.Empty(before);
        var warning = Assert.Single(after);
        Assert.Equal(7, warning.Engagement.EngagementId);
        Assert.Equal([Now.AddWeeks(4), Now.AddWeeks(5)], warning.Weeks);
        Assert.Equal((40 * 0.9) + 10, warning.PeakLoadHours, 6);
        Assert.Equal(40, warning.CapacityHours);
        Assert.Equal(PhaseKind.DataWrangling, warning.Phases[0].Kind);
        Assert.Equal("Churn", warning.Phases[0].ProjectName);
    }

    [Fact]
    public void Find_LowPhasesUnderTheEngagement_NoWarning()
    {
        var workload = Compute(Phase(PhaseKind.DataLabeling, 0, 12));

        var slips = SlipDetector.Find(workload, [Mentoring], Now);

        Assert.Empty(slips);
    }

    [Fact]
    public void Find_OverCapacityOnlyBeforeTheCurrentWeek_NoWarning()
    {
        var workload = WorkloadCalculator.ForHorizon(WorkloadRules.Default, Now, 4)
            .Compute(new PlanBuilder().Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, -4, -1)).Side("Old", -4, 0, 10).Build(), explainEveryWeek: true);

        var slips = SlipDetector.Find(workload, [new OpenEngagement(1, "Old", Monday(-4), Sunday(0), 10)], Now);

        Assert.Empty(slips);
    }

    [Fact]
    public void Find_EngagementCoversOnlyTheWeekendOfABusyWeek_NoWarning()
    {
        var weekend = new OpenEngagement(3, "Hackathon", Monday(5).AddDays(5), Sunday(5), 10);
        var workload = WorkloadCalculator.ForHorizon(WorkloadRules.Default, Now, 0)
            .Compute(new PlanBuilder().Project("Churn", 1.0, Phase(PhaseKind.DataWrangling, 0, 12)).Side("Other", 5, 5, 10).Build(), explainEveryWeek: true);

        var slips = SlipDetector.Find(workload, [weekend], Now);

        Assert.Empty(slips);
    }
}

using CsCheck;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Tests.Workload;

/// <summary>Invariants of the engine over random plans: 1,000 cases each.</summary>
public class WorkloadPropertyTests
{
    private const long Cases = 1_000;
    private static readonly IsoWeek Now = new(2026, 48);

    private static readonly Gen<PeriodPlan[]> Periods =
        Gen.Select(Gen.Int[-5, 30], Gen.Int[0, 4], Gen.Double[0, 1], (start, length, share) =>
            new PeriodPlan("Run", Now.AddWeeks(start).Monday, Now.AddWeeks(start + length).Sunday, share)).Array[0, 1];

    private static readonly Gen<PhasePlan> Phase =
        Gen.Select(Gen.Int[1, 6], Gen.Int[-15, 30], Gen.Int[0, 12], Gen.Double[0, 1].Nullable(), Gen.Bool, Periods,
            (kind, start, length, share, tentative, periods) =>
                new PhasePlan(0, (PhaseKind)kind, Now.AddWeeks(start).Monday, Now.AddWeeks(start + length).Sunday, share, tentative, periods));

    private static readonly Gen<ProjectPlan> Project =
        Gen.Select(Gen.Int[5, 100], Phase.Array[0, 6], (allocation, phases) => new ProjectPlan(1, "P", allocation / 100.0, phases));

    private static readonly Gen<LoggedHours> Log =
        Gen.Select(Gen.Int[-15, -1], Gen.Int[1, 6], Gen.Double[0, 60], (week, kind, hours) => new LoggedHours(Now.AddWeeks(week), (PhaseKind)kind, hours));

    private static readonly Gen<SideCommitment> Side =
        Gen.Select(Gen.Int[-5, 30], Gen.Int[0, 8], Gen.Double[0, 15], (start, length, hours) =>
            new SideCommitment("Side", Now.AddWeeks(start).Monday, Now.AddWeeks(start + length).Sunday, hours));

    private static readonly Gen<EngineerPlan> Plan =
        Gen.Select(Gen.Int[8, 60], Project.Array[0, 3], Log.Array[0, 10], Side.Array[0, 2], (capacity, projects, logs, side) =>
            new EngineerPlan(1, capacity, projects, logs, side));

    private static readonly Gen<WorkloadRules> Rules =
        Gen.Select(Gen.Double[0.05, 0.95], Gen.Int[1, 4], Gen.Int[4, 30], (threshold, minWeeks, horizon) =>
            WorkloadRules.Default with { LowThreshold = threshold, MinWindowWeeks = minWeeks, HorizonWeeks = horizon });

    private static EngineerWorkload Compute(EngineerPlan plan, WorkloadRules rules) => WorkloadCalculator.ForHorizon(rules, Now, 12).Compute(plan);

    [Fact]
    public void Windows_NeverOverlapAndAreNeverAdjacent()
    {
        Gen.Select(Plan, Rules).Sample((plan, rules) =>
        {
            var windows = Compute(plan, rules).Windows;
            return windows.Zip(windows.Skip(1)).All(pair => pair.First.End.WeeksUntil(pair.Second.Start) >= 2);
        }, iter: Cases);
    }

    [Fact]
    public void EveryWeekInAWindow_IsLowAndInTheHorizon()
    {
        Gen.Select(Plan, Rules).Sample((plan, rules) =>
        {
            var workload = Compute(plan, rules);
            return workload.Windows.All(window =>
                window.Weeks >= rules.MinWindowWeeks
                && Now.WeeksUntil(window.Start) >= 0
                && Now.WeeksUntil(window.End) < rules.HorizonWeeks
                && workload.Weeks.Where(w => w.Week >= window.Start && w.Week <= window.End)
                    .All(w => w.IsLow && w.LoadHours <= (rules.LowThreshold * plan.CapacityHours) + 1e-9));
        }, iter: Cases);
    }

    [Fact]
    public void Windows_AreMaximal_TheWeeksAroundThemAreNotLowOrOutsideTheHorizon()
    {
        Gen.Select(Plan, Rules).Sample((plan, rules) =>
        {
            var workload = Compute(plan, rules);
            bool LowInHorizon(IsoWeek week) =>
                Now.WeeksUntil(week) is var ahead && ahead >= 0 && ahead < rules.HorizonWeeks && workload.Weeks.Single(w => w.Week == week).IsLow;
            return workload.Windows.All(w => !LowInHorizon(w.Start.AddWeeks(-1)) && !LowInHorizon(w.End.AddWeeks(1)));
        }, iter: Cases);
    }

    [Fact]
    public void Load_IsNeverNegative_AndProjectLoadNeverExceedsTheSumOfAllocations()
    {
        Plan.Sample(plan =>
        {
            var budget = plan.Projects.Sum(p => p.Allocation) * plan.CapacityHours;
            return Compute(plan, WorkloadRules.Default).Weeks.All(w =>
                w.LoadHours >= 0 && w.FreeHours >= 0 && w.PlannedHours <= budget + 1e-9 && w.HoursByKind.All(h => h >= 0));
        }, iter: Cases);
    }

    [Fact]
    public void RaisingTheThreshold_NeverShortensAWindow()
    {
        Gen.Select(Plan, Rules, Gen.Double[0, 0.5]).Sample((plan, rules, raise) =>
        {
            var lower = Compute(plan, rules).Windows;
            var higher = Compute(plan, rules with { LowThreshold = Math.Min(1, rules.LowThreshold + raise) }).Windows;
            return lower.All(l => higher.Any(h => h.Start <= l.Start && h.End >= l.End));
        }, iter: Cases);
    }

    [Fact]
    public void Confidence_StaysBetweenZeroAndOne()
    {
        Gen.Select(Plan, Rules).Sample((plan, rules) => Compute(plan, rules).Windows.All(w => w.Confidence is > 0 and <= 1), iter: Cases);
    }
}

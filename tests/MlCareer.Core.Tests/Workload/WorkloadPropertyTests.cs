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

    private static readonly int Monday = Now.Monday.DayNumber;

    /// <summary>Dates by day, so phases, periods and side activities start and end on any weekday or weekend.</summary>
    private static readonly Gen<(DateOnly Start, DateOnly End)> Days =
        Gen.Select(Gen.Int[-100, 210], Gen.Int[0, 90], (start, length) => (DateOnly.FromDayNumber(Monday + start), DateOnly.FromDayNumber(Monday + start + length)));

    private static readonly Gen<PeriodPlan[]> Periods =
        Gen.Select(Days, Gen.Double[0, 1].Nullable(), (days, share) => new PeriodPlan("Run", days.Start, days.End, share)).Array[0, 1];

    private static readonly Gen<PhasePlan> Phase =
        Gen.Select(Gen.Int[1, 6], Days, Gen.Double[0, 1].Nullable(), Gen.Bool, Periods,
            (kind, days, share, tentative, periods) => new PhasePlan(0, (PhaseKind)kind, days.Start, days.End, share, tentative, periods));

    private static readonly Gen<ProjectPlan> Project =
        Gen.Select(Gen.Int[5, 100], Phase.Array[0, 6], Gen.Int[0, 4], (allocation, phases, stopped) => new ProjectPlan(1, "P", allocation / 100.0, phases, stopped != 0));

    private static readonly Gen<LoggedHours> Log =
        Gen.Select(Gen.Int[-15, -1], Gen.Int[1, 6], Gen.Double[0, 60], (week, kind, hours) => new LoggedHours(Now.AddWeeks(week), (PhaseKind)kind, hours));

    private static readonly Gen<SideCommitment> Side =
        Gen.Select(Days, Gen.Double[0, 15], (days, hours) => new SideCommitment("Side", days.Start, days.End, hours));

    private static readonly Gen<EngineerPlan> Plan =
        Gen.Select(Gen.Int[8, 60], Project.Array[0, 3], Log.Array[0, 10], Side.Array[0, 2], (capacity, projects, logs, side) =>
            new EngineerPlan(1, capacity, projects, logs, side));

    private static readonly Gen<WorkloadRules> Rules =
        Gen.Select(Gen.Double[0.05, 0.95], Gen.Int[1, 4], Gen.Int[4, 30], (threshold, minWeeks, horizon) =>
            WorkloadRules.Default with { LowThreshold = threshold, MinWindowWeeks = minWeeks, HorizonWeeks = horizon });

    private static EngineerWorkload Compute(EngineerPlan plan, WorkloadRules rules, int shiftWeeks = 0) =>
        WorkloadCalculator.ForHorizon(rules, Now.AddWeeks(shiftWeeks), 12).Compute(plan);

    private static EngineerPlan Shift(EngineerPlan plan, int weeks)
    {
        var days = weeks * 7;
        return plan with
        {
            Projects = [.. plan.Projects.Select(p => p with { Phases = [.. p.Phases.Select(ph => ph.Shift(days))] })],
            Logs = [.. plan.Logs.Select(l => l with { Week = l.Week.AddWeeks(weeks) })],
            SideActivities = [.. plan.SideActivities.Select(a => a with { Start = a.Start.AddDays(days), End = a.End.AddDays(days) })],
        };
    }

    /// <summary>The first phase that lasts two days or more, cut into two adjacent phases of the same kind, share and periods.</summary>
    private static EngineerPlan Split(EngineerPlan plan, double at)
    {
        foreach (var project in plan.Projects)
        {
            if (project.Phases.FirstOrDefault(p => p.End > p.Start) is { } phase)
            {
                var cut = phase.Start.AddDays((int)Math.Floor(at * (phase.End.DayNumber - phase.Start.DayNumber)));
                PhasePlan[] halves = [phase with { End = cut }, phase with { Start = cut.AddDays(1) }];
                var phases = project.Phases.SelectMany(p => ReferenceEquals(p, phase) ? halves : [p]).ToList();
                return plan with { Projects = [.. plan.Projects.Select(p => ReferenceEquals(p, project) ? p with { Phases = phases } : p)] };
            }
        }

        return plan;
    }

    [Fact]
    public void MovingEveryDateByWholeWeeks_MovesLoadsAndWindowsByTheSameWeeks()
    {
        Gen.Select(Plan, Rules, Gen.Int[-60, 60]).Sample((plan, rules, weeks) =>
        {
            var before = Compute(plan, rules);
            var after = Compute(Shift(plan, weeks), rules, weeks);
            return before.Weeks.Zip(after.Weeks).All(p => p.Second.Week == p.First.Week.AddWeeks(weeks)
                    && Math.Abs(p.First.LoadHours - p.Second.LoadHours) < 1e-9 && p.First.IsLow == p.Second.IsLow)
                && before.Windows.Count == after.Windows.Count
                && before.Windows.Zip(after.Windows).All(p => p.Second.Start == p.First.Start.AddWeeks(weeks)
                    && p.Second.Weeks == p.First.Weeks && p.Second.Confidence == p.First.Confidence);
        }, iter: Cases);
    }

    [Fact]
    public void SplittingAPhaseIntoTwoAdjacentPhases_ChangesNoLoad()
    {
        Gen.Select(Plan, Rules, Gen.Double[0, 1]).Sample((plan, rules, at) =>
        {
            var whole = Compute(plan, rules);
            var split = Compute(Split(plan, at), rules);
            return whole.Weeks.Zip(split.Weeks).All(p => Math.Abs(p.First.LoadHours - p.Second.LoadHours) < 1e-9)
                && whole.Windows.Select(w => (w.Start, w.End)).SequenceEqual(split.Windows.Select(w => (w.Start, w.End)));
        }, iter: Cases);
    }

    [Fact]
    public void AWeekAhead_NeverExceedsCapacityTimesTotalAllocationPlusEngagements()
    {
        Plan.Sample(plan =>
        {
            var limit = (plan.CapacityHours * plan.Projects.Sum(p => p.Allocation)) + plan.SideActivities.Sum(a => a.HoursPerWeek);
            return Compute(plan, WorkloadRules.Default).Weeks.Where(w => !w.IsPast).All(w => w.LoadHours <= limit + 1e-9);
        }, iter: Cases);
    }

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

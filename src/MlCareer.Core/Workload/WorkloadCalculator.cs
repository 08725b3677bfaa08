using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// Computes an engineer's load week by week and finds the low-involvement windows ahead, as the brief
/// defines them. All figures are hours per ISO week.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Planned load of a project in a week: capacity × allocation × the sum of the shares in force of
/// its phases active that week (a period's share replaces its phase's share while it runs), capped at
/// capacity × allocation, since overlapping phases of one project share the same allocated time.</item>
/// <item>Weeks before the current one count what was logged, or the plan where nothing was logged; the
/// current and later weeks count the plan. Side activities add their hours per week on top.</item>
/// <item>A week is low when its load is at most the threshold share of capacity. A window is a maximal
/// run of at least the minimum number of low weeks, looked for from the current week to the horizon.</item>
/// </list>
/// One calculator serves many engineers for the same weeks; it keeps no state between calls.
/// </remarks>
public sealed class WorkloadCalculator
{
    private const int Kinds = 6;
    private static readonly WindowCause NoProjectWork = new(null, null, null);

    private readonly WorkloadRules _rules;
    private readonly IsoWeek _currentWeek;
    private readonly IsoWeek[] _weeks;
    private readonly int _firstMonday;
    private readonly Dictionary<int, int> _indexByKey;
    private readonly int _currentIndex;
    private readonly int _horizonStart;
    private readonly int _horizonEnd;

    /// <param name="rules">Shares, threshold, minimum window length and horizon.</param>
    /// <param name="currentWeek">The week that contains today: earlier weeks are past.</param>
    /// <param name="firstWeek">The first week to compute.</param>
    /// <param name="weekCount">How many consecutive weeks to compute.</param>
    public WorkloadCalculator(WorkloadRules rules, IsoWeek currentWeek, IsoWeek firstWeek, int weekCount)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weekCount);
        _rules = rules;
        _currentWeek = currentWeek;
        _weeks = new IsoWeek[weekCount];
        _indexByKey = new Dictionary<int, int>(weekCount);
        for (var i = 0; i < weekCount; i++)
        {
            _weeks[i] = firstWeek.AddWeeks(i);
            _indexByKey[_weeks[i].Key] = i;
        }

        _firstMonday = firstWeek.Monday.DayNumber;
        _currentIndex = firstWeek.WeeksUntil(currentWeek);
        _horizonStart = Math.Clamp(_currentIndex, 0, weekCount);
        _horizonEnd = Math.Clamp(_currentIndex + rules.HorizonWeeks, 0, weekCount);
    }

    /// <summary>A calculator for the chart: <paramref name="pastWeeks"/> weeks back, then the horizon from the current week.</summary>
    public static WorkloadCalculator ForHorizon(WorkloadRules rules, IsoWeek currentWeek, int pastWeeks)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new WorkloadCalculator(rules, currentWeek, currentWeek.AddWeeks(-pastWeeks), pastWeeks + rules.HorizonWeeks);
    }

    public IReadOnlyList<IsoWeek> Weeks => _weeks;

    public EngineerWorkload Compute(EngineerPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var n = _weeks.Length;
        var planned = new double[n];
        var plannedByKind = new double[n * Kinds];
        var tentative = new bool[n];
        AddProjects(plan, planned, plannedByKind, tentative);

        var logged = new double[n];
        var loggedByKind = new double[n * Kinds];
        var hasLog = new bool[n];
        int firstKey = _weeks[0].Key, lastKey = _weeks[^1].Key;
        foreach (var log in plan.Logs)
        {
            // Years of logs lie mostly outside the computed weeks: two comparisons rule them out.
            var key = log.Week.Key;
            if (key >= firstKey && key <= lastKey && _indexByKey.TryGetValue(key, out var w))
            {
                hasLog[w] = true;
                logged[w] += log.Hours;
                loggedByKind[(w * Kinds) + (int)log.Kind - 1] += log.Hours;
            }
        }

        var side = new double[n];
        foreach (var activity in plan.SideActivities)
        {
            var (from, to) = Range(activity.Start, activity.End);
            for (var w = from; w <= to; w++)
            {
                side[w] += activity.HoursPerWeek;
            }
        }

        var weeks = new WeekLoad[n];
        var lowLimit = _rules.LowThreshold * plan.CapacityHours;
        for (var w = 0; w < n; w++)
        {
            var past = w < _currentIndex;
            var useLog = past && hasLog[w];
            var projectHours = useLog ? logged[w] : planned[w];
            var byKind = new double[Kinds];
            Array.Copy(useLog ? loggedByKind : plannedByKind, w * Kinds, byKind, 0, Kinds);
            var load = projectHours + side[w];
            var low = load <= lowLimit + 1e-9;
            var causes = low && w >= _horizonStart && w < _horizonEnd ? CausesOf(plan, w) : [];
            weeks[w] = new WeekLoad(_weeks[w], plan.CapacityHours, planned[w], hasLog[w] ? logged[w] : null, side[w], load, past, low, tentative[w], byKind, causes);
        }

        return new EngineerWorkload(plan.EngineerId, weeks, WindowDetector.Detect(weeks, _horizonStart, _horizonEnd, _rules.MinWindowWeeks, _currentWeek));
    }

    private void AddProjects(EngineerPlan plan, double[] planned, double[] plannedByKind, bool[] tentative)
    {
        var n = _weeks.Length;
        var sum = new double[n];
        var byKind = new double[n * Kinds];
        foreach (var project in plan.Projects)
        {
            Array.Clear(sum);
            Array.Clear(byKind);
            foreach (var phase in project.Phases)
            {
                var (from, to) = Range(phase.Start, phase.End);
                for (var w = from; w <= to; w++)
                {
                    var share = ShareInForce(phase, w, out _);
                    sum[w] += share;
                    byKind[(w * Kinds) + (int)phase.Kind - 1] += share;
                    tentative[w] |= phase.IsTentative;
                }
            }

            var budget = plan.CapacityHours * project.Allocation;
            for (var w = 0; w < n; w++)
            {
                if (sum[w] <= 0)
                {
                    continue;
                }

                var scale = budget * (sum[w] > 1 ? 1 / sum[w] : 1);
                planned[w] += sum[w] * scale;
                for (var k = 0; k < Kinds; k++)
                {
                    plannedByKind[(w * Kinds) + k] += byKind[(w * Kinds) + k] * scale;
                }
            }
        }
    }

    /// <summary>The share of a phase in week <paramref name="w"/>: the lowest share of its periods running then, else its own.</summary>
    private double ShareInForce(PhasePlan phase, int w, out string? period)
    {
        period = null;
        var share = phase.Share ?? _rules.ShareFor(phase.Kind);
        var found = false;
        foreach (var p in phase.Periods)
        {
            if (p.Start.DayNumber <= Sunday(w) && p.End.DayNumber >= Monday(w) && (!found || p.Share < share))
            {
                share = p.Share;
                period = p.Label;
                found = true;
            }
        }

        return share;
    }

    private WindowCause[] CausesOf(EngineerPlan plan, int w)
    {
        var causes = new List<WindowCause>();
        foreach (var project in plan.Projects)
        {
            foreach (var phase in project.Phases)
            {
                if (phase.Start.DayNumber <= Sunday(w) && phase.End.DayNumber >= Monday(w)
                    && ShareInForce(phase, w, out var period) <= _rules.LowThreshold + 1e-9)
                {
                    causes.Add(new WindowCause(phase.Kind, project.ProjectName, period));
                }
            }
        }

        return causes.Count == 0 && !plan.Projects.Any(p => p.Phases.Any(ph => ph.Start.DayNumber <= Sunday(w) && ph.End.DayNumber >= Monday(w)))
            ? [NoProjectWork]
            : [.. causes];
    }

    private int Monday(int w) => _firstMonday + (w * 7);

    private int Sunday(int w) => _firstMonday + (w * 7) + 6;

    private int IndexOf(int dayNumber) => (int)Math.Floor((dayNumber - _firstMonday) / 7.0);

    /// <summary>The indexes of the computed weeks that the dates touch; empty (from &gt; to) when none.</summary>
    private (int From, int To) Range(DateOnly start, DateOnly end) =>
        (Math.Max(0, IndexOf(start.DayNumber)), Math.Min(_weeks.Length - 1, IndexOf(end.DayNumber)));
}

using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// Computes an engineer's load week by week, counted by working days, and finds the low-involvement
/// windows ahead, as the brief defines them. All figures are hours per ISO week.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A working day (Monday to Friday) carries capacity / 5; weekends carry nothing. A project's planned
/// load on a day is (capacity / 5) × allocation × min(1, the sum of the shares in force that day of its
/// phases covering it), a period replacing its phase's share on its own days. A week's load is the sum of
/// its working days, so overlapping phases never exceed the allocation and a one-day training run changes
/// one day.</item>
/// <item>Weeks before the current one count what was logged, or the plan where nothing was logged; the
/// current and later weeks count the plan. Projects that no longer count ahead (on hold, done, cancelled,
/// archived) add nothing from the current week on. Side activities add their hours per week by working days.</item>
/// <item>A week is low when its load is at most the threshold share of capacity. A window is a maximal run
/// of at least the minimum number of low weeks, looked for from the current week to the horizon.</item>
/// </list>
/// One calculator serves many engineers for the same weeks; it keeps no state between calls.
/// </remarks>
public sealed class WorkloadCalculator
{
    private const int Kinds = PhaseKinds.Count;

    private readonly WorkloadRules _rules;
    private readonly IsoWeek _currentWeek;
    private readonly IsoWeek[] _weeks;
    private readonly DaySlots _slots;
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

        _slots = new DaySlots(firstWeek.Monday.DayNumber, weekCount);
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

    public WorkloadRules Rules => _rules;

    /// <summary>The weeks and windows of one engineer; causes are listed for the low weeks ahead.</summary>
    public EngineerWorkload Compute(EngineerPlan plan) => Compute(plan, explainEveryWeek: false);

    /// <summary>As <see cref="Compute(EngineerPlan)"/>; with <paramref name="explainEveryWeek"/> every week lists its causes.</summary>
    public EngineerWorkload Compute(EngineerPlan plan, bool explainEveryWeek)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var n = _weeks.Length;
        var planned = new PlannedWeeks(n);
        var scratch = new Scratch(_slots.Count);
        foreach (var project in plan.Projects)
        {
            AddProject(plan.CapacityHours, project, planned, scratch, explain: null);
        }

        var logged = new double[n];
        var loggedByKind = new double[n * Kinds];
        var hasLog = new bool[n];
        foreach (var log in plan.Logs)
        {
            if (_indexByKey.TryGetValue(log.Week.Key, out var w))
            {
                hasLog[w] = true;
                logged[w] += log.Hours;
                loggedByKind[(w * Kinds) + PhaseKinds.Index(log.Kind)] += log.Hours;
            }
        }

        var side = new double[n];
        foreach (var activity in plan.SideActivities)
        {
            var (from, to) = _slots.Of(activity.Start, activity.End);
            for (var s = from; s <= to; s++)
            {
                side[s / WorkingDays.PerWeek] += activity.HoursPerWeek / WorkingDays.PerWeek;
            }
        }

        var loads = new double[n];
        var explained = new bool[n];
        for (var w = 0; w < n; w++)
        {
            loads[w] = (w < _currentIndex && hasLog[w] ? logged[w] : planned.Hours[w]) + side[w];
            explained[w] = explainEveryWeek || (_rules.IsLow(loads[w], plan.CapacityHours) && w >= _horizonStart && w < _horizonEnd);
        }

        var causes = Explain(plan, explained, hasLog, scratch);
        var weeks = new WeekLoad[n];
        for (var w = 0; w < n; w++)
        {
            var useLog = w < _currentIndex && hasLog[w];
            var byKind = new double[Kinds];
            Array.Copy(useLog ? loggedByKind : planned.ByKind, w * Kinds, byKind, 0, Kinds);
            weeks[w] = new WeekLoad(
                _weeks[w], plan.CapacityHours, planned.Hours[w], hasLog[w] ? logged[w] : null, side[w], loads[w], w < _currentIndex,
                _rules.IsLow(loads[w], plan.CapacityHours), planned.Tentative[w], planned.Monitoring[w], byKind, causes[w] ?? []);
        }

        return new EngineerWorkload(plan.EngineerId, weeks, WindowDetector.Detect(weeks, _horizonStart, _horizonEnd, _rules.MinWindowWeeks, _currentWeek));
    }

    /// <summary>
    /// Adds one project's planned hours, day by day, to <paramref name="planned"/>; with <paramref name="explain"/>
    /// it instead adds each phase's and period's hours to the explained weeks' causes.
    /// </summary>
    private void AddProject(double capacity, ProjectPlan project, PlannedWeeks planned, Scratch scratch, CauseSheet? explain)
    {
        var lastSlot = project.CountsAhead ? _slots.Count - 1 : Math.Min(_slots.Count, _currentIndex * WorkingDays.PerWeek) - 1;
        var sum = scratch.Sum;
        Array.Clear(sum);
        var phaseSegments = scratch.SegmentsFor(project.Phases.Count);
        for (var p = 0; p < project.Phases.Count; p++)
        {
            PhaseSegments.Fill(phaseSegments[p], project.Phases[p], _slots, lastSlot, _rules);
            foreach (var segment in phaseSegments[p])
            {
                for (var s = segment.From; s <= segment.To; s++)
                {
                    sum[s] += segment.Share;
                }
            }
        }

        var perDay = capacity / WorkingDays.PerWeek * project.Allocation;
        for (var p = 0; p < project.Phases.Count; p++)
        {
            var phase = project.Phases[p];
            var kind = PhaseKinds.Index(phase.Kind);
            foreach (var segment in phaseSegments[p])
            {
                if (explain is not null)
                {
                    ExplainSegment(explain, project, phase, segment, perDay, sum);
                    continue;
                }

                var monitoring = segment.Period != PhaseSegments.NoPeriod && segment.Share <= _rules.LowThreshold + 1e-9;
                for (var s = segment.From; s <= segment.To; s++)
                {
                    var hours = perDay * segment.Share * (sum[s] > 1 ? 1 / sum[s] : 1);
                    var w = s / WorkingDays.PerWeek;
                    planned.Hours[w] += hours;
                    planned.ByKind[(w * Kinds) + kind] += hours;
                    planned.Tentative[w] |= phase.IsTentative;
                    planned.Monitoring[w] |= monitoring;
                }
            }
        }
    }

    /// <summary>Adds a segment's hours to the causes of each explained week it covers, summed per week first.</summary>
    private static void ExplainSegment(CauseSheet explain, ProjectPlan project, PhasePlan phase, PhaseSegment segment, double perDay, double[] sum)
    {
        for (var s = segment.From; s <= segment.To;)
        {
            var w = s / WorkingDays.PerWeek;
            var weekEnd = Math.Min(segment.To, (w * WorkingDays.PerWeek) + WorkingDays.PerWeek - 1);
            if (!explain.Explains(w))
            {
                s = weekEnd + 1;
                continue;
            }

            var hours = 0.0;
            for (; s <= weekEnd; s++)
            {
                hours += perDay * segment.Share * (sum[s] > 1 ? 1 / sum[s] : 1);
            }

            explain.Add(w, project, phase, segment.Period, hours);
        }
    }

    /// <summary>The causes of each explained week: the phases and periods in force with their hours (logged ones for logged past weeks).</summary>
    private IReadOnlyList<WindowCause>?[] Explain(EngineerPlan plan, bool[] explained, bool[] hasLog, Scratch scratch)
    {
        var sheet = new CauseSheet(explained);
        if (!sheet.Any)
        {
            return sheet.Result();
        }

        foreach (var project in plan.Projects)
        {
            AddProject(plan.CapacityHours, project, new PlannedWeeks(0), scratch, sheet);
        }

        foreach (var log in plan.Logs)
        {
            if (_indexByKey.TryGetValue(log.Week.Key, out var w) && w < _currentIndex)
            {
                sheet.AddLogged(w, log);
            }
        }

        return sheet.Result(w => w < _currentIndex && hasLog[w]);
    }

    /// <summary>Per-week planned totals of one engineer.</summary>
    private sealed class PlannedWeeks(int n)
    {
        public double[] Hours { get; } = new double[n];

        public double[] ByKind { get; } = new double[n * Kinds];

        public bool[] Tentative { get; } = new bool[n];

        public bool[] Monitoring { get; } = new bool[n];
    }

    /// <summary>Buffers reused across the projects of one computation.</summary>
    private sealed class Scratch(int slots)
    {
        private readonly List<List<PhaseSegment>> _segments = [];

        public double[] Sum { get; } = new double[slots];

        public List<List<PhaseSegment>> SegmentsFor(int phases)
        {
            while (_segments.Count < phases)
            {
                _segments.Add([]);
            }

            return _segments;
        }
    }
}

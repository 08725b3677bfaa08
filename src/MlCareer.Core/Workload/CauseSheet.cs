using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>Collects, for the weeks being explained, the hours each phase or period (or logged phase kind) contributes.</summary>
internal sealed class CauseSheet(bool[] explained)
{
    private readonly CauseTotals?[] _planned = new CauseTotals?[explained.Length];
    private readonly CauseTotals?[] _logged = new CauseTotals?[explained.Length];

    public bool Any => explained.Contains(true);

    public bool Explains(int week) => explained[week];

    public void Add(int week, ProjectPlan project, PhasePlan phase, int period, double hours)
    {
        if (explained[week])
        {
            var label = period == PhaseSegments.NoPeriod ? null : phase.Periods[period].Label;
            Add(_planned, week, new CauseKey(project.ProjectId, project.ProjectName, phase.PhaseId, phase.Kind, label), hours);
        }
    }

    public void AddLogged(int week, LoggedHours log)
    {
        if (explained[week])
        {
            Add(_logged, week, new CauseKey(null, log.ProjectName, null, log.Kind, null), log.Hours);
        }
    }

    /// <summary>
    /// Each explained week's causes, largest first (logged ones where <paramref name="useLogged"/> says so);
    /// "no project work" for an explained week with nothing in force; null for weeks not explained.
    /// </summary>
    public IReadOnlyList<WindowCause>?[] Result(Func<int, bool>? useLogged = null)
    {
        var result = new IReadOnlyList<WindowCause>?[explained.Length];
        for (var w = 0; w < explained.Length; w++)
        {
            if (explained[w])
            {
                var causes = useLogged?.Invoke(w) == true ? _logged[w] : _planned[w];
                result[w] = causes is null ? [WindowCause.NoProjectWork] : causes.Ordered();
            }
        }

        return result;
    }

    /// <summary>
    /// Largest first; ties by project, kind and period, then by the project's and phase's ids, so the order never
    /// depends on input order. "No project work" comes last.
    /// </summary>
    private static int Compare(WindowCause a, WindowCause b)
    {
        var order = a.IsNoProjectWork.CompareTo(b.IsNoProjectWork);
        order = order != 0 ? order : Math.Round(b.Hours, 6).CompareTo(Math.Round(a.Hours, 6));
        order = order != 0 ? order : string.CompareOrdinal(a.ProjectName, b.ProjectName);
        order = order != 0 ? order : Nullable.Compare(a.Kind, b.Kind);
        order = order != 0 ? order : string.CompareOrdinal(a.PeriodLabel, b.PeriodLabel);
        order = order != 0 ? order : Nullable.Compare(a.ProjectId, b.ProjectId);
        return order != 0 ? order : Nullable.Compare(a.PhaseId, b.PhaseId);
    }

    private static void Add(CauseTotals?[] sheet, int week, CauseKey key, double hours) => (sheet[week] ??= new CauseTotals()).Add(key, hours);

    /// <summary>A cause without its hours: what is summed over days and weeks.</summary>
    public readonly record struct CauseKey(int? ProjectId, string? ProjectName, int? PhaseId, PhaseKind? Kind, string? PeriodLabel)
    {
        public static CauseKey Of(WindowCause cause) => new(cause.ProjectId, cause.ProjectName, cause.PhaseId, cause.Kind, cause.PeriodLabel);

        public WindowCause ToCause(double hours) => new(ProjectId, ProjectName, PhaseId, Kind, PeriodLabel, hours);
    }

    /// <summary>Hours summed per cause; a week or a window has a handful of causes, so a short list beats a dictionary.</summary>
    public sealed class CauseTotals
    {
        private readonly List<(CauseKey Key, double Hours)> _totals = new(4);

        public void Add(CauseKey key, double hours)
        {
            for (var i = 0; i < _totals.Count; i++)
            {
                if (_totals[i].Key.Equals(key))
                {
                    _totals[i] = (key, _totals[i].Hours + hours);
                    return;
                }
            }

            _totals.Add((key, hours));
        }

        /// <summary>The causes with their hours divided by <paramref name="divisor"/> (the weeks of a window), largest first.</summary>
        public IReadOnlyList<WindowCause> Ordered(double divisor = 1)
        {
            var causes = new List<WindowCause>(_totals.Count);
            foreach (var (key, hours) in _totals)
            {
                causes.Add(key.ToCause(hours / divisor));
            }

            causes.Sort(Compare);
            return causes;
        }
    }
}

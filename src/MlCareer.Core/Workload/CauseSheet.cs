using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>Collects, for the weeks being explained, the hours each phase or period (or logged phase kind) contributes.</summary>
internal sealed class CauseSheet(bool[] explained)
{
    private readonly Dictionary<CauseKey, double>?[] _planned = new Dictionary<CauseKey, double>?[explained.Length];
    private readonly Dictionary<CauseKey, double>?[] _logged = new Dictionary<CauseKey, double>?[explained.Length];

    public bool Any => explained.Contains(true);

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
                result[w] = causes is null ? [WindowCause.NoProjectWork] : Ordered(causes.Select(c => c.Key.ToCause(c.Value)));
            }
        }

        return result;
    }

    /// <summary>Largest first; ties by project, kind and period so the order never depends on input order.</summary>
    public static IReadOnlyList<WindowCause> Ordered(IEnumerable<WindowCause> causes) =>
        [.. causes
            .OrderBy(c => c.IsNoProjectWork)
            .ThenByDescending(c => Math.Round(c.Hours, 6))
            .ThenBy(c => c.ProjectName, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.PeriodLabel, StringComparer.Ordinal)];

    private static void Add(Dictionary<CauseKey, double>?[] sheet, int week, CauseKey key, double hours)
    {
        var causes = sheet[week] ??= [];
        causes[key] = causes.GetValueOrDefault(key) + hours;
    }

    /// <summary>A cause without its hours: what is summed over days and weeks.</summary>
    public readonly record struct CauseKey(int? ProjectId, string? ProjectName, int? PhaseId, PhaseKind? Kind, string? PeriodLabel)
    {
        public static CauseKey Of(WindowCause cause) => new(cause.ProjectId, cause.ProjectName, cause.PhaseId, cause.Kind, cause.PeriodLabel);

        public WindowCause ToCause(double hours) => new(ProjectId, ProjectName, PhaseId, Kind, PeriodLabel, hours);
    }
}

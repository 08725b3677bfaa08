namespace MlCareer.Core.Workload;

/// <summary>
/// The slip warning: when a project phase moves or grows so that the weeks of a planned or active
/// engagement go over capacity, the engineer is told which engagement, which weeks, and which phases
/// fill them. Only weeks from the current one on count (the past cannot be replanned), and only weeks in
/// which the engagement adds hours (it covers a working day).
/// </summary>
public static class SlipDetector
{
    /// <param name="workload">The engineer's weeks, computed with every week explained, so each lists its phases.</param>
    /// <param name="engagements">The engineer's planned and active engagements.</param>
    /// <param name="currentWeek">The week that contains today.</param>
    public static IReadOnlyList<SlipWarning> Find(EngineerWorkload workload, IEnumerable<OpenEngagement> engagements, IsoWeek currentWeek)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(engagements);
        var warnings = new List<SlipWarning>();
        foreach (var engagement in engagements.OrderBy(e => e.Start).ThenBy(e => e.EngagementId))
        {
            var dates = new DateRange(engagement.Start, engagement.End);
            var over = workload.Weeks
                .Where(w => w.Week >= currentWeek && w.IsOverAllocated && engagement.HoursPerWeek > 0
                    && dates.Intersect(new DateRange(w.Week.Monday, w.Week.Sunday)) is { WorkingDays: > 0 })
                .ToList();
            if (over.Count > 0)
            {
                warnings.Add(new SlipWarning(engagement, [.. over.Select(w => w.Week)], over.Max(w => w.LoadHours), over[0].CapacityHours, Phases(over)));
            }
        }

        return warnings;
    }

    /// <summary>The phases and periods in force over <paramref name="weeks"/>, each with its average hours per week over them, largest first.</summary>
    private static List<WindowCause> Phases(List<WeekLoad> weeks) =>
    [
        .. weeks.SelectMany(w => w.Causes.Where(c => !c.IsNoProjectWork))
            .GroupBy(c => (c.ProjectId, c.PhaseId, c.PeriodLabel))
            .Select(g => g.First() with { Hours = g.Sum(c => c.Hours) / weeks.Count })
            .OrderByDescending(c => c.Hours)
            .ThenBy(c => c.ProjectName, StringComparer.Ordinal)
            .ThenBy(c => c.PhaseId),
    ];
}

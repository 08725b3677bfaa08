namespace MlCareer.Core.Suggestions;

/// <summary>What the engine derives once per window: its days, budget left, monitoring weeks, teammates free with it, and a phase to write up.</summary>
internal sealed class WindowContext
{
    public WindowContext(SuggestionWindow window, EngineerContext engineer, SuggestionRules rules)
    {
        Window = window;
        StartDay = window.Start.Monday.DayNumber;
        EndDay = window.End.Sunday.DayNumber;
        Weeks = (EndDay - StartDay + 1) / 7;
        var mostSide = 0.0;
        for (var monday = StartDay; monday < EndDay; monday += 7)
        {
            mostSide = Math.Max(mostSide, engineer.WeekAt(monday)?.SideHours ?? 0);
        }

        BudgetLeft = Math.Max(0, engineer.Facts.SideBudgetHours - mostSide);
        var monitoring = window.Monitoring.Where(m => m.Week >= window.Start && m.Week <= window.End)
            .OrderBy(m => m.Week).ThenBy(m => m.ProjectName, StringComparer.Ordinal).ThenBy(m => m.Label, StringComparer.Ordinal).ToList();
        FirstMonitoring = monitoring.FirstOrDefault();
        MonitoringWeeks = monitoring.Select(m => m.Week).Distinct().Count();
        Teammates = Overlaps(engineer, rules);
        WriteUp = engineer.WriteUps.GetValueOrDefault(window);
    }

    public SuggestionWindow Window { get; }

    /// <summary>Day number of the window's first Monday.</summary>
    public int StartDay { get; }

    /// <summary>Day number of the window's last Sunday.</summary>
    public int EndDay { get; }

    public int Weeks { get; }

    /// <summary>Side-activity budget left in every week of the window: the budget less the most side hours already in one of its weeks.</summary>
    public double BudgetLeft { get; }

    public int MonitoringWeeks { get; }

    public MonitoringWeek? FirstMonitoring { get; }

    /// <summary>Teammates free with the engineer for at least the team overlap, one per teammate (their longest overlap), by name.</summary>
    public IReadOnlyList<TeammateOverlap> Teammates { get; }

    /// <summary>The model-development or deployment phase to write up in this window, if any.</summary>
    public FinishedPhase? WriteUp { get; }

    /// <summary>The first Monday the team shares, or the window's start when nobody does.</summary>
    public int TeamStartDay => Teammates.Count == 0 ? StartDay : Teammates.Min(t => t.From.Monday.DayNumber);

    private List<TeammateOverlap> Overlaps(EngineerContext engineer, SuggestionRules rules)
    {
        var best = new Dictionary<int, TeammateOverlap>();
        foreach (var teammate in engineer.Input.TeammateWindows)
        {
            if (teammate.EngineerId == engineer.Facts.EngineerId)
            {
                continue;
            }

            var from = Math.Max(StartDay, teammate.Start.Monday.DayNumber);
            var to = Math.Min(EndDay, teammate.End.Sunday.DayNumber);
            var weeks = (to - from + 1) / 7;
            if (weeks < Math.Max(1, rules.TeamOverlapWeeks)
                || (best.TryGetValue(teammate.EngineerId, out var known)
                    && (known.Weeks > weeks || (known.Weeks == weeks && known.From.Monday.DayNumber <= from))))
            {
                continue;
            }

            best[teammate.EngineerId] = new TeammateOverlap(
                teammate.EngineerId, teammate.Name, teammate.Start > Window.Start ? teammate.Start : Window.Start, teammate.End < Window.End ? teammate.End : Window.End);
        }

        return [.. best.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.EngineerId)];
    }
}

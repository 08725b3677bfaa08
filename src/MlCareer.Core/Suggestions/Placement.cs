namespace MlCareer.Core.Suggestions;

/// <summary>
/// Where an activity goes in a window: hours per ISO week, its first Monday and last Sunday (day numbers),
/// and, for a term that outlasts the window, the weeks checked beyond it and the busiest of them.
/// </summary>
internal sealed record Placement(double Hours, int StartDay, int EndDay, PlanWeek? FirstBeyond, PlanWeek? LastBeyond, PlanWeek? Busiest)
{
    /// <summary>
    /// Places an activity that passed the activity filters, or returns null when a window filter fails:
    /// the team overlap, the length, the hours in the window, or a week beyond it that has no room.
    /// Hours are the activity's most (the daily-learning habit for it), lowered in half hours to what
    /// every week leaves, never below the activity's least.
    /// </summary>
    public static Placement? Find(CatalogEntry entry, EngineerContext engineer, WindowContext window, SuggestionRules rules)
    {
        var activity = entry.Activity;
        var range = activity.HoursPerWeek;
        var startDay = activity.NeedsTeam ? window.TeamStartDay : window.StartDay;
        var limit = Math.Min(window.Window.MinFreeHours, window.BudgetLeft);
        if (!HardFilters.Team(activity, window, rules, null)
            || !HardFilters.Length(activity, window, startDay, null)
            || range.Min > limit + HardFilters.Epsilon)
        {
            return null;
        }

        var target = entry.IsDailyLearning ? Math.Max(range.Min, Math.Min(rules.DailyLearningHours, range.Max)) : range.Max;
        var hours = Fit(target, limit, range.Min);
        var endDay = activity.Commitment.Weeks is { } term ? startDay + (7 * term) - 1 : window.EndDay;
        PlanWeek? first = null, last = null, busiest = null;
        for (var monday = window.EndDay + 1; monday < endDay; monday += 7)
        {
            if (engineer.WeekAt(monday) is not { } week)
            {
                break;
            }

            var room = HardFilters.Room(week, engineer.Facts.SideBudgetHours);
            if (room + HardFilters.Epsilon < range.Min)
            {
                return null;
            }

            hours = Fit(hours, room, range.Min);
            first ??= week;
            last = week;
            if (busiest is null || week.CapacityHours - week.LoadHours < busiest.CapacityHours - busiest.LoadHours)
            {
                busiest = week;
            }
        }

        return new Placement(hours, startDay, endDay, first, last, busiest);
    }

    /// <summary>The target when the limit allows it, else the limit rounded down to a half hour, but at least the least hours.</summary>
    private static double Fit(double target, double limit, double least) =>
        target <= limit + HardFilters.Epsilon ? target : Math.Max(least, Math.Floor((limit * 2) + HardFilters.Epsilon) / 2);
}

using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// An engineer's "not now" to a suggested activity. Dismissed, it stays out of the window it was dismissed
/// in (<see cref="WindowStart"/> to <see cref="WindowEnd"/>) and any window sharing a week with it, so a
/// window that moves a little does not bring it back; later windows may suggest it again. Snoozed, it stays
/// out of every window until <see cref="SnoozedUntil"/>, and comes back on that day.
/// </summary>
public sealed class SuggestionDismissal
{
    private SuggestionDismissal()
    {
    }

    public int Id { get; set; }

    public int EngineerId { get; private set; }

    public int SideActivityId { get; private set; }

    public IsoWeek WindowStart { get; private set; }

    public IsoWeek WindowEnd { get; private set; }

    /// <summary>Null for a dismissal; for a snooze, the day the suggestion comes back.</summary>
    public DateOnly? SnoozedUntil { get; private set; }

    /// <summary>The day it was dismissed or snoozed.</summary>
    public DateOnly On { get; private set; }

    public static SuggestionDismissal Dismiss(int engineerId, int sideActivityId, SuggestionWindow window, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new() { EngineerId = engineerId, SideActivityId = sideActivityId, WindowStart = window.Start, WindowEnd = window.End, On = today };
    }

    /// <summary>A snooze until <paramref name="until"/>, which must lie after today and in the planner's years; null with the broken rule otherwise.</summary>
    public static SuggestionDismissal? TrySnooze(
        int engineerId, int sideActivityId, SuggestionWindow window, DateOnly until, DateOnly today, string field, out RuleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(window);
        violation = PlanDates.Check(until, field) ?? (until <= today ? new RuleViolation(RuleCode.NotAfterToday, field, [today]) : null);
        return violation is not null ? null : new()
        {
            EngineerId = engineerId, SideActivityId = sideActivityId, WindowStart = window.Start, WindowEnd = window.End, SnoozedUntil = until, On = today,
        };
    }

    /// <summary>What it hides as of <paramref name="today"/>: its window's weeks, every window while snoozed, nothing once a snooze is over.</summary>
    public HiddenSuggestion? HiddenAsOf(DateOnly today) => SnoozedUntil switch
    {
        null => new HiddenSuggestion(SideActivityId, WindowStart, WindowEnd),
        { } until when today < until => new HiddenSuggestion(SideActivityId, null, null),
        _ => null,
    };
}

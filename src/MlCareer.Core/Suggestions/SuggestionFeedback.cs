using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// What an engineer's answers to suggestions keep out of them: dismissed and snoozed activities (see
/// <see cref="SuggestionDismissal"/>), and activities already taken on — a planned or active engagement
/// hides its activity in every window that shares a week with its dates, and may not be taken on twice
/// over the same days.
/// </summary>
public static class SuggestionFeedback
{
    /// <summary>The activities to leave out, as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<HiddenSuggestion> Hidden(IEnumerable<SuggestionDismissal> dismissals, IEnumerable<Engagement> engagements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dismissals);
        ArgumentNullException.ThrowIfNull(engagements);
        return
        [
            .. dismissals.Select(d => d.HiddenAsOf(today)).OfType<HiddenSuggestion>(),
            .. engagements.Where(IsOpen).Select(e => new HiddenSuggestion(e.SideActivityId, IsoWeek.FromDate(e.Start), IsoWeek.FromDate(e.End))),
        ];
    }

    /// <summary>Whether a planned or active engagement of the engineer already runs <paramref name="sideActivityId"/> on any of <paramref name="dates"/>.</summary>
    public static bool IsTakenOn(IEnumerable<Engagement> engagements, int sideActivityId, DateRange dates)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        return engagements.Any(e => IsOpen(e) && e.SideActivityId == sideActivityId && e.Dates.Overlaps(dates));
    }

    private static bool IsOpen(Engagement engagement) => engagement.Status is EngagementStatus.Planned or EngagementStatus.Active;
}

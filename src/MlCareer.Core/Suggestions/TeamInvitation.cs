using MlCareer.Core.Activities;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// A teammate's competition the engineer could join: the teammate's engagement, and the ISO weeks it
/// shares with one of the engineer's windows (<paramref name="From"/> to <paramref name="To"/>, both included).
/// </summary>
public sealed record TeamInvitation(TeammateEngagement Engagement, IsoWeek From, IsoWeek To)
{
    /// <summary>
    /// A teammate's team activity is an invitation when it shares at least <paramref name="minWeeks"/> whole
    /// ISO weeks (the team overlap) with one of the engineer's windows, and the engineer has not taken the
    /// same activity on over those days. Each engagement invites once, for its longest shared run.
    /// </summary>
    public static IReadOnlyList<TeamInvitation> Find(
        int engineerId, IReadOnlyList<SuggestionWindow> windows, IEnumerable<TeammateEngagement> teammates, IEnumerable<Engagement> mine, int minWeeks)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(teammates);
        var own = mine?.ToList() ?? [];
        var invitations = new List<TeamInvitation>();
        foreach (var engagement in teammates.Where(t => t.EngineerId != engineerId).OrderBy(t => t.Start).ThenBy(t => t.EngagementId))
        {
            TeamInvitation? best = null;
            foreach (var window in windows)
            {
                var from = Max(window.Start, FirstWholeWeek(engagement.Start));
                var to = Min(window.End, LastWholeWeek(engagement.End));
                if (from <= to && from.WeeksUntil(to) + 1 >= Math.Max(1, minWeeks) && (best is null || from.WeeksUntil(to) > best.From.WeeksUntil(best.To)))
                {
                    best = new TeamInvitation(engagement, from, to);
                }
            }

            if (best is not null && !SuggestionFeedback.IsTakenOn(own, engagement.SideActivityId, new DateRange(best.From.Monday, best.To.Sunday)))
            {
                invitations.Add(best);
            }
        }

        return invitations;
    }

    private static IsoWeek FirstWholeWeek(DateOnly start) => IsoWeek.FromDate(start) is var week && week.Monday == start ? week : week.AddWeeks(1);

    private static IsoWeek LastWholeWeek(DateOnly end) => IsoWeek.FromDate(end) is var week && week.Sunday == end ? week : week.AddWeeks(-1);

    private static IsoWeek Max(IsoWeek a, IsoWeek b) => a > b ? a : b;

    private static IsoWeek Min(IsoWeek a, IsoWeek b) => a < b ? a : b;
}

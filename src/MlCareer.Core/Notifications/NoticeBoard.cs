using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Notifications;

/// <summary>
/// The notification bell, computed from the data each time it is asked (no background job): windows that
/// start within <see cref="WindowLeadWeeks"/> weeks, each with its top suggestion; slip warnings; and
/// teammates' competitions to join. Unread first, then warnings, invitations and windows, each in date order.
/// A notice's key names what it says, so a slip that reaches other weeks is new again.
/// </summary>
public static class NoticeBoard
{
    /// <summary>A window is announced when it starts at most this many weeks after the current week.</summary>
    public const int WindowLeadWeeks = 2;

    /// <summary>The longest key, as stored with its read state.</summary>
    public const int MaxKeyLength = 100;

    public static IReadOnlyList<Notice> Build(
        IsoWeek currentWeek,
        IEnumerable<WindowSuggestions> windows,
        IEnumerable<SlipWarning> slips,
        IEnumerable<TeamInvitation> invitations,
        IReadOnlySet<string> readKeys)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(slips);
        ArgumentNullException.ThrowIfNull(invitations);
        ArgumentNullException.ThrowIfNull(readKeys);
        var notices = new List<Notice>();
        foreach (var slip in slips)
        {
            var key = $"slip:{slip.Engagement.EngagementId}:{slip.Weeks[0]}:{slip.Weeks[^1]}:{slip.Weeks.Count}";
            notices.Add(new Notice(key, NoticeKind.Slip, readKeys.Contains(key)) { Slip = slip });
        }

        foreach (var invitation in invitations.OrderBy(i => i.From))
        {
            var key = $"invite:{invitation.Engagement.EngagementId}";
            notices.Add(new Notice(key, NoticeKind.TeamInvitation, readKeys.Contains(key)) { Invitation = invitation });
        }

        foreach (var window in windows.Where(w => currentWeek.WeeksUntil(w.Window.Start) <= WindowLeadWeeks).OrderBy(w => w.Window.Start))
        {
            var key = $"window:{window.Window.Start}";
            notices.Add(new Notice(key, NoticeKind.WindowSoon, readKeys.Contains(key)) { Window = window });
        }

        return [.. notices.OrderBy(n => n.IsRead)];
    }
}

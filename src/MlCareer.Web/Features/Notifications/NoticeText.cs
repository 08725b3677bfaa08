using MlCareer.Core.Notifications;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Suggestions;

namespace MlCareer.Web.Features.Notifications;

/// <summary>A notice in words, and the page where the engineer acts on it.</summary>
public static class NoticeText
{
    public static string Sentence(Notice notice, IsoWeek currentWeek, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(l);
        switch (notice.Kind)
        {
            case NoticeKind.Slip:
                return SlipText.Sentence(notice.Slip!, l);
            case NoticeKind.TeamInvitation:
                var invitation = notice.Invitation!;
                return l["Notices.Invitation", invitation.Engagement.Name, invitation.Engagement.ActivityTitle, WeekText.Range(invitation.From, invitation.To)];
            default:
                var window = notice.Window!;
                var when = currentWeek.WeeksUntil(window.Window.Start) <= 0 ? l["Home.NextWindow.ThisWeek"].Value
                    : currentWeek.WeeksUntil(window.Window.Start) == 1 ? l["Home.NextWindow.InOneWeek"].Value
                    : l["Home.NextWindow.InWeeks", currentWeek.WeeksUntil(window.Window.Start)].Value;
                var range = WeekText.Range(window.Window.Start, window.Window.End);
                return window.Suggestions.Count > 0
                    ? l["Notices.WindowWithTop", when, range, ActivityTitles.Title(window.Suggestions[0].Activity)]
                    : l["Notices.Window", when, range];
        }
    }

    public static string Href(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Kind == NoticeKind.Slip ? "activities" : "suggestions";
    }
}

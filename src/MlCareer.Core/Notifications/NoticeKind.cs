namespace MlCareer.Core.Notifications;

public enum NoticeKind
{
    /// <summary>A planned or active engagement's weeks went over capacity.</summary>
    Slip = 1,

    /// <summary>A teammate's competition shares weeks with one of the engineer's windows.</summary>
    TeamInvitation = 2,

    /// <summary>A window starts within the lead weeks.</summary>
    WindowSoon = 3,
}

using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;

namespace MlCareer.Core.Notifications;

/// <summary>
/// One item of the notification bell, identified by a <see cref="Key"/> that stays the same while what it
/// says stays the same, so its read state can be kept. Exactly one of <see cref="Window"/>,
/// <see cref="Slip"/> and <see cref="Invitation"/> is set, as <see cref="Kind"/> says.
/// </summary>
public sealed record Notice(string Key, NoticeKind Kind, bool IsRead)
{
    /// <summary>The window starting soon, with its ranked suggestions (the first is the top one).</summary>
    public WindowSuggestions? Window { get; init; }

    public SlipWarning? Slip { get; init; }

    public TeamInvitation? Invitation { get; init; }
}

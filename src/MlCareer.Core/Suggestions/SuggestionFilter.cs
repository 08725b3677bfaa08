namespace MlCareer.Core.Suggestions;

/// <summary>
/// A hard filter an activity or an engineer's choice failed. The UI words each from the fields of
/// <see cref="SuggestionFailure"/> listed here. Hours are per ISO week.
/// </summary>
public enum SuggestionFilter
{
    /// <summary>The activity is archived. No fields.</summary>
    Archived = 1,

    /// <summary>The engineer dislikes <c>ActivityKind</c>.</summary>
    DislikedKind = 2,

    /// <summary>Freelancing that pays <c>Amount</c> per hour (null: unpaid), below the engineer's <c>Minimum</c>.</summary>
    BelowMinimumRate = 3,

    /// <summary>Freelancing paid in another currency (<c>Amount</c>) than the engineer's minimum (<c>Minimum</c>), so it cannot be shown to meet it.</summary>
    RateInOtherCurrency = 4,

    /// <summary>A team activity, but no teammate's window shares <c>Weeks</c> weeks with this one.</summary>
    NoTeammate = 5,

    /// <summary>It needs <c>Weeks</c> weeks; only <c>OfWeeks</c> are left from its start to the window's end.</summary>
    WindowTooShort = 6,

    /// <summary>No upcoming window starts in <c>Week</c>.</summary>
    NoSuchWindow = 7,

    /// <summary>The start, in <c>Week</c>, lies outside the window.</summary>
    StartOutsideWindow = 8,

    /// <summary>The end is before the start. No fields.</summary>
    EndBeforeStart = 9,

    /// <summary><c>Hours</c> is outside the activity's range, <c>MinHours</c> to <c>MaxHours</c>.</summary>
    HoursOutsideRange = 10,

    /// <summary><c>Hours</c> is more than the window's <c>MaxHours</c> free hours (its least week).</summary>
    OverFreeHours = 11,

    /// <summary><c>Hours</c> is more than the <c>MaxHours</c> of side-activity budget left in <c>Week</c>.</summary>
    OverBudget = 12,

    /// <summary>In <c>Week</c> the load would reach <c>Hours</c>, over the capacity of <c>MaxHours</c>.</summary>
    OverCapacity = 13,
}

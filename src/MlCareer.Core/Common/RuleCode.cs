namespace MlCareer.Core.Common;

/// <summary>
/// Which rule an input broke. Core names the rule; the web layer turns the code into a message in the
/// person's language, with the violation's arguments.
/// </summary>
public enum RuleCode
{
    /// <summary>A required value is missing.</summary>
    Required = 1,

    /// <summary>Text longer than its column: args = the limit.</summary>
    TooLong,

    /// <summary>Text with control characters (NUL, ESC, bidirectional overrides).</summary>
    ControlCharacters,

    /// <summary>A number outside its range: args = the least and the most allowed.</summary>
    OutOfRange,

    /// <summary>An end before its start.</summary>
    EndBeforeStart,

    /// <summary>A date outside the years the planner accepts: args = the first and last year.</summary>
    DateOutOfBounds,

    /// <summary>A phase longer than allowed: args = the most years.</summary>
    PhaseTooLong,

    /// <summary>An actual date that lies after today: args = today.</summary>
    ActualDateInFuture,

    /// <summary>An actual end without an actual start.</summary>
    ActualEndWithoutStart,

    /// <summary>A phase cannot be finished before it started.</summary>
    FinishBeforeStart,

    /// <summary>A started or finished phase cannot be tentative.</summary>
    StartedPhaseTentative,

    /// <summary>A period outside its phase's dates in force: args = the phase's first and last day.</summary>
    PeriodOutsidePhase,

    /// <summary>A period overlapping another period of its phase: args = the other's label, first and last day.</summary>
    PeriodsOverlap,

    /// <summary>A week's total above what a week holds: args = the total, the most.</summary>
    WeekTotalTooHigh,

    /// <summary>The same row twice in one week.</summary>
    DuplicateRow,

    /// <summary>The shortest window is longer than the horizon: args = the horizon in weeks.</summary>
    WindowLongerThanHorizon,

    /// <summary>A project with logged hours cannot be deleted: args = the number of hour logs.</summary>
    ProjectHasLoggedHours,

    /// <summary>An archived project is read-only until it is restored.</summary>
    ProjectArchived,

    /// <summary>A value not among the allowed ones (an unknown phase kind or status).</summary>
    UnknownValue,

    /// <summary>A link that is not an absolute http or https address.</summary>
    InvalidLink,

    /// <summary>A currency that is not a three-letter upper-case code such as USD.</summary>
    InvalidCurrency,

    /// <summary>The same value twice in a list (ignoring case): args = the value.</summary>
    DuplicateValue,

    /// <summary>More values in a list than allowed: args = the most.</summary>
    TooMany,

    /// <summary>A kind both liked and disliked: args = the kind.</summary>
    LikedAndDisliked,

    /// <summary>A date that must lie after today and does not: args = today.</summary>
    NotAfterToday,

    /// <summary>A team with members or projects cannot be deleted: args = the number of members, the number of projects.</summary>
    TeamNotEmpty,
}

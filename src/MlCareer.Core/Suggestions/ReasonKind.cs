namespace MlCareer.Core.Suggestions;

/// <summary>
/// Why an activity is suggested. The UI words each kind in both languages from the fields of
/// <see cref="SuggestionReason"/> listed here; the fields not listed are null. Hours are per ISO week.
/// </summary>
public enum ReasonKind
{
    /// <summary>It fits: <c>Hours</c> suggested of the window's <c>OfHours</c> free hours (its least week), with <c>BudgetHours</c> of the side-activity budget left.</summary>
    FitsFreeHours = 1,

    /// <summary>Worth starting: it needs <c>Weeks</c> weeks and has <c>OfWeeks</c> from its start to the window's end.</summary>
    FitsWindow = 2,

    /// <summary>
    /// A term of <c>Weeks</c> weeks that outlasts the window: no week from <c>FromWeek</c> to <c>UntilWeek</c> goes over
    /// capacity or budget with it. The busiest, <c>Week</c>, reaches <c>Hours</c> of <c>OfHours</c> capacity (all three
    /// null when no week after the window is known). When <c>UntilWeek</c> is before the suggestion's last week, the
    /// plan is known only until <c>UntilWeek</c>.
    /// </summary>
    FitsPlanBeyondWindow = 3,

    /// <summary>The engineer likes <c>ActivityKind</c>.</summary>
    Interest = 4,

    /// <summary>It builds <c>Skills</c>, which the engineer wants to learn.</summary>
    NewSkill = 5,

    /// <summary>It deepens <c>Skills</c>, which the engineer holds.</summary>
    DeepenSkill = 6,

    /// <summary>Work in <c>Industry</c>, not the engineer's own.</summary>
    NewIndustry = 7,

    /// <summary>
    /// Pays about <c>Amount</c> per hour (<c>PieceAmount</c> per piece over <c>Hours</c> hours, when paid per piece),
    /// compared with the engineer's minimum <c>Minimum</c> when it is in the same currency.
    /// </summary>
    Pay = 8,

    /// <summary>Variety: <c>Hours</c> of the engineer's <c>OfHours</c> side hours of the last <c>Weeks</c> weeks (and ahead) went to <c>ActivityKind</c>.</summary>
    Variety = 9,

    /// <summary>It can be paused: <c>Weeks</c> of the window's <c>OfWeeks</c> weeks only monitor <c>Label</c> of <c>ProjectName</c>, from <c>Week</c>.</summary>
    Interruptible = 10,

    /// <summary>A team activity with <c>Teammates</c> (each with the weeks they share), free together from <c>FromWeek</c> to <c>UntilWeek</c>.</summary>
    TeamCompetition = 11,

    /// <summary>Write up <c>ProjectName</c>: its <c>PhaseKind</c> phase ended (or ends) in <c>Week</c>, and this is the next window.</summary>
    WriteUp = 12,

    /// <summary>The standing daily habit: <c>Minutes</c> a working day, <c>Hours</c> a week; it fits any window.</summary>
    DailyLearning = 13,
}

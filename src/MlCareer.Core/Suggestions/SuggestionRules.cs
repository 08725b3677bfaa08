namespace MlCareer.Core.Suggestions;

/// <summary>
/// The numbers behind the suggestion rules, with the brief's defaults. Points are added up into a
/// suggestion's score; every point comes with a reason that shows it. Hours are per ISO week.
/// </summary>
public sealed record SuggestionRules
{
    /// <summary>Working days in an ISO week, over which a daily habit is counted.</summary>
    public const int WorkingDaysPerWeek = 5;

    public static SuggestionRules Default { get; } = new();

    /// <summary>Suggestions kept per window, best first (the standing daily-learning suggestion is kept beyond it).</summary>
    public int PerWindow { get; init; } = 5;

    /// <summary>Weeks of past side activities (about 6 months) that variety is judged against, with those planned ahead.</summary>
    public int RecentWeeks { get; init; } = 26;

    /// <summary>
    /// A model-development or deployment phase that ended in this many weeks before the current week, or
    /// ends at most this many weeks before a window starts, is worth writing up in the next window.
    /// </summary>
    public int WriteUpWeeks { get; init; } = 4;

    /// <summary>The fewest weeks a teammate's window must share with the engineer's for a team activity.</summary>
    public int TeamOverlapWeeks { get; init; } = 2;

    /// <summary>The daily-learning habit, in minutes per working day (30 minutes: 2.5 hours a week).</summary>
    public int DailyLearningMinutes { get; init; } = 30;

    /// <summary>An activity of a kind the engineer likes.</summary>
    public double InterestPoints { get; init; } = 2;

    /// <summary>An activity that builds a skill the engineer wants to learn.</summary>
    public double NewSkillPoints { get; init; } = 1.5;

    /// <summary>An activity that uses a skill the engineer holds (and so deepens it), when none is new.</summary>
    public double DeepenSkillPoints { get; init; } = 0.75;

    /// <summary>Work in an industry other than the engineer's own, which refreshes the main job.</summary>
    public double NewIndustryPoints { get; init; } = 1;

    /// <summary>Pay per hour compared with the engineer's minimum rate (same currency): rate ÷ minimum points, at most this.</summary>
    public double MaxPayPoints { get; init; } = 1.5;

    /// <summary>Paid work when there is no minimum rate in the same currency to compare with.</summary>
    public double PaidPoints { get; init; } = 0.5;

    /// <summary>A kind the engineer gave none of their recent side hours to; in proportion to the share of other kinds otherwise.</summary>
    public double VarietyPoints { get; init; } = 1;

    /// <summary>Interruptible work in a window whose every week rests on monitoring-only periods; in proportion otherwise.</summary>
    public double InterruptiblePoints { get; init; } = 2;

    /// <summary>A team activity with teammates free at the same time.</summary>
    public double TeamPoints { get; init; } = 1.5;

    /// <summary>Writing when a model-development or deployment phase has just ended.</summary>
    public double WriteUpPoints { get; init; } = 3;

    /// <summary>The daily-learning habit in hours per ISO week.</summary>
    public double DailyLearningHours => DailyLearningMinutes * WorkingDaysPerWeek / 60.0;
}

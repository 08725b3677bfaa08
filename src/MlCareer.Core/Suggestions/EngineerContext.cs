using MlCareer.Core.Activities;

namespace MlCareer.Core.Suggestions;

/// <summary>What the engine derives once per engineer: their plan by week, skill sets, and recent side hours by kind.</summary>
internal sealed class EngineerContext
{
    private readonly Dictionary<int, PlanWeek> _weeks;
    private readonly Dictionary<ActivityKind, double> _recentHours = [];

    public EngineerContext(SuggestionInput input, SuggestionRules rules)
    {
        Input = input;
        Facts = input.Engineer;
        Likes = [.. Facts.Likes];
        Dislikes = [.. Facts.Dislikes];
        Skills = new HashSet<string>(Facts.Skills, StringComparer.OrdinalIgnoreCase);
        SkillsToLearn = new HashSet<string>(Facts.SkillsToLearn, StringComparer.OrdinalIgnoreCase);
        _weeks = new Dictionary<int, PlanWeek>(input.Weeks.Count);
        foreach (var week in input.Weeks)
        {
            _weeks[week.Week.Monday.DayNumber] = week;
        }

        var from = input.CurrentWeek.AddWeeks(-rules.RecentWeeks).Monday.DayNumber;
        foreach (var engagement in input.Engagements)
        {
            var start = Math.Max(from, engagement.Start.DayNumber);
            if (engagement.End.DayNumber >= start && engagement.HoursPerWeek > 0)
            {
                var hours = engagement.HoursPerWeek * (engagement.End.DayNumber - start + 1) / 7.0;
                _recentHours[engagement.Kind] = RecentHours(engagement.Kind) + hours;
                RecentTotal += hours;
            }
        }
    }

    public SuggestionInput Input { get; }

    public EngineerFacts Facts { get; }

    public HashSet<ActivityKind> Likes { get; }

    public HashSet<ActivityKind> Dislikes { get; }

    public HashSet<string> Skills { get; }

    public HashSet<string> SkillsToLearn { get; }

    /// <summary>Side hours of the recent weeks and those planned ahead, all kinds together.</summary>
    public double RecentTotal { get; }

    public double RecentHours(ActivityKind kind) => _recentHours.GetValueOrDefault(kind);

    /// <summary>The plan's week starting on the Monday with this day number; null when the plan does not reach it.</summary>
    public PlanWeek? WeekAt(int mondayDayNumber) => _weeks.GetValueOrDefault(mondayDayNumber);
}

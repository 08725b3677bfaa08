using MlCareer.Core.Activities;
using MlCareer.Core.Projects;

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

        FindWriteUps(rules);
    }

    public SuggestionInput Input { get; }

    /// <summary>Per window, the phase to write up in it: the model-development or deployment phase that ended last before or during it.</summary>
    public Dictionary<SuggestionWindow, FinishedPhase> WriteUps { get; } = new(ReferenceEqualityComparer.Instance);

    public EngineerFacts Facts { get; }

    public HashSet<ActivityKind> Likes { get; }

    public HashSet<ActivityKind> Dislikes { get; }

    public HashSet<string> Skills { get; }

    public HashSet<string> SkillsToLearn { get; }

    /// <summary>Side hours of the recent weeks and those planned ahead, all kinds together.</summary>
    public double RecentTotal { get; }

    public double RecentHours(ActivityKind kind) => _recentHours.GetValueOrDefault(kind);

    /// <summary>
    /// A model-development or deployment phase is written up in the first window that ends on or after its
    /// end, when it ended in the write-up weeks before the current week, or ends at most that long before
    /// the window starts (or during it).
    /// </summary>
    private void FindWriteUps(SuggestionRules rules)
    {
        var current = Input.CurrentWeek.Monday.DayNumber;
        foreach (var phase in Input.FinishedPhases)
        {
            var end = phase.End.DayNumber;
            SuggestionWindow? next = null;
            foreach (var window in Input.Windows)
            {
                if (window.End.Sunday.DayNumber >= end && (next is null || window.Start < next.Start))
                {
                    next = window;
                }
            }

            var recent = end < current + 7 && end >= current - (7 * rules.WriteUpWeeks);
            if (phase.Kind is not (PhaseKind.ModelDevelopment or PhaseKind.Deployment) || next is null
                || !(recent || end >= next.Start.Monday.DayNumber - (7 * rules.WriteUpWeeks)))
            {
                continue;
            }

            if (!WriteUps.TryGetValue(next, out var known) || Precedes(phase, known))
            {
                WriteUps[next] = phase;
            }
        }
    }

    /// <summary>The phase that ended last goes first; then by project name and kind, so input order does not matter.</summary>
    private static bool Precedes(FinishedPhase phase, FinishedPhase other)
    {
        var byEnd = other.End.CompareTo(phase.End);
        var byName = string.CompareOrdinal(phase.ProjectName, other.ProjectName);
        return byEnd != 0 ? byEnd < 0 : byName != 0 ? byName < 0 : phase.Kind < other.Kind;
    }

    /// <summary>The plan's week starting on the Monday with this day number; null when the plan does not reach it.</summary>
    public PlanWeek? WeekAt(int mondayDayNumber) => _weeks.GetValueOrDefault(mondayDayNumber);
}

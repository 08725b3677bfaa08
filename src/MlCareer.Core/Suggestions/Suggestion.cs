using MlCareer.Core.Activities;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// A catalog activity suggested for a window, at <see cref="Rank"/> (1 = best), with its score (the
/// sum of its reasons' points), the hours per ISO week and dates to pre-fill when accepting, and its
/// reasons: first those that show it fits, then those that scored, largest first.
/// <see cref="IsStanding"/> marks the daily-learning habit, kept in every window.
/// </summary>
public sealed record Suggestion(
    SideActivity Activity,
    int Rank,
    double Score,
    double HoursPerWeek,
    DateOnly Start,
    DateOnly End,
    bool IsStanding,
    IReadOnlyList<SuggestionReason> Reasons);

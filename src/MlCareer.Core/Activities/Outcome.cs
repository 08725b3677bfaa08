namespace MlCareer.Core.Activities;

/// <summary>
/// What side activities came to over a stretch of days: hours spent on them (by working days, as they count
/// as load), articles, talks and competitions completed, ISO weeks with mentoring, and money earned per
/// currency (largest first). <see cref="MentoringWeeks"/> of a team total is person-weeks.
/// </summary>
public sealed record Outcome(double SideHours, int Articles, int Talks, int Competitions, int MentoringWeeks, IReadOnlyList<Money> Earned)
{
    public static Outcome None { get; } = new(0, 0, 0, 0, 0, []);
}

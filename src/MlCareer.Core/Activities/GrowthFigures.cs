namespace MlCareer.Core.Activities;

/// <summary>
/// What side activities gave an engineer over a period: hours invested per kind (hours, by working days
/// up to today), articles written, talks given and competitions entered (done engagements of those kinds),
/// weeks spent mentoring, and the money earned per currency (amounts in different currencies are not added up).
/// </summary>
public sealed record GrowthFigures(
    IReadOnlyDictionary<ActivityKind, double> HoursByKind,
    int Articles,
    int Talks,
    int Competitions,
    int MentoringWeeks,
    IReadOnlyList<Money> MoneyEarned)
{
    public double TotalHours => HoursByKind.Values.Sum();

    public bool IsEmpty => TotalHours <= 0 && Articles + Talks + Competitions + MentoringWeeks == 0 && MoneyEarned.Count == 0;
}

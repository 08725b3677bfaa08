namespace MlCareer.Core.Activities;

/// <summary>An engagement together with the kind of its catalog entry, which decides what its outcome counts as.</summary>
public sealed record KindedEngagement(ActivityKind Kind, Engagement Engagement);

/// <summary>
/// Counts what side activities produced in a period, up to today:
/// <list type="bullet">
/// <item>hours: each engagement's hours per week over the working days it counts (<see cref="Engagement.CountedDates"/>)
/// inside the period and not after today;</item>
/// <item>articles, talks, competitions: writing, speaking and competition engagements done with a completion date in the period;</item>
/// <item>mentoring weeks: ISO weeks with at least one counted working day of a mentoring engagement;</item>
/// <item>money: the amounts earned by engagements done in the period, summed per currency.</item>
/// </list>
/// Planned work ahead is not an outcome, so nothing after today counts.
/// </summary>
public static class Outcomes
{
    public static Outcome Count(IEnumerable<KindedEngagement> engagements, DateRange period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        if (today < period.Start)
        {
            return Outcome.None;
        }

        var upToToday = new DateRange(period.Start, today < period.End ? today : period.End);
        double hours = 0;
        int articles = 0, talks = 0, competitions = 0;
        var mentoringWeeks = new HashSet<IsoWeek>();
        var earned = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (kind, engagement) in engagements)
        {
            if (engagement.CountedDates?.Intersect(upToToday) is { } counted)
            {
                hours += engagement.HoursPerWeek.Value / WorkingDays.PerWeek * counted.WorkingDays;
                if (kind == ActivityKind.Mentoring)
                {
                    AddWorkingWeeks(mentoringWeeks, counted);
                }
            }

            if (engagement is { Status: EngagementStatus.Done, CompletedOn: { } done } && upToToday.Contains(done))
            {
                articles += kind == ActivityKind.Writing ? 1 : 0;
                talks += kind == ActivityKind.Speaking ? 1 : 0;
                competitions += kind == ActivityKind.Competition ? 1 : 0;
                if (engagement.MoneyEarned is { } money)
                {
                    earned[money.Currency] = earned.GetValueOrDefault(money.Currency) + money.Amount;
                }
            }
        }

        return new Outcome(hours, articles, talks, competitions, mentoringWeeks.Count, Ordered(earned));
    }

    /// <summary>The outcomes of several people added up; money stays per currency.</summary>
    public static Outcome Sum(IEnumerable<Outcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        var earned = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var money in list.SelectMany(o => o.Earned))
        {
            earned[money.Currency] = earned.GetValueOrDefault(money.Currency) + money.Amount;
        }

        return new Outcome(
            list.Sum(o => o.SideHours), list.Sum(o => o.Articles), list.Sum(o => o.Talks), list.Sum(o => o.Competitions),
            list.Sum(o => o.MentoringWeeks), Ordered(earned));
    }

    /// <summary>The calendar quarter that holds <paramref name="day"/>.</summary>
    public static DateRange QuarterOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);
        return new DateRange(first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The calendar year that holds <paramref name="day"/>.</summary>
    public static DateRange YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    private static void AddWorkingWeeks(HashSet<IsoWeek> weeks, DateRange days)
    {
        for (var week = IsoWeek.FromDate(days.Start); week.Monday <= days.End; week = week.AddWeeks(1))
        {
            if (days.Intersect(new DateRange(week.Monday, week.Sunday)) is { WorkingDays: > 0 })
            {
                weeks.Add(week);
            }
        }
    }

    private static List<Money> Ordered(Dictionary<string, decimal> earned) =>
        [.. earned.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => new Money(e.Value, e.Key))];
}

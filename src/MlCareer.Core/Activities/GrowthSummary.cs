using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// The growth summary of My activities: what an engineer's engagements gave them this year and overall.
/// Hours count as load does — hours per week spread over the working days an engagement counts
/// (<see cref="Engagement.CountedDates"/>) — but only up to today, because hours not yet spent were not
/// invested. Articles, talks and competitions are done engagements of those kinds, counted in the period
/// they were completed; mentoring weeks are ISO weeks with a counted mentoring day up to today; money is
/// what done engagements recorded, per currency.
/// </summary>
public static class GrowthSummary
{
    /// <summary>The figures of the engagements over <paramref name="period"/> (null: everything up to today).</summary>
    public static GrowthFigures For(IEnumerable<(ActivityKind Kind, Engagement Engagement)> engagements, DateRange? period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(engagements);
        var hours = new Dictionary<ActivityKind, double>();
        var mentoringWeeks = new HashSet<IsoWeek>();
        var money = new Dictionary<string, decimal>(StringComparer.Ordinal);
        int articles = 0, talks = 0, competitions = 0;
        foreach (var (kind, engagement) in engagements)
        {
            if (Invested(engagement, period, today) is { } days)
            {
                hours[kind] = hours.GetValueOrDefault(kind) + (engagement.HoursPerWeek.Value / WorkingDays.PerWeek * days.WorkingDays);
                if (kind == ActivityKind.Mentoring)
                {
                    AddWorkingWeeks(mentoringWeeks, days);
                }
            }

            if (engagement is { Status: EngagementStatus.Done, CompletedOn: { } completed } && (period is not { } p || p.Contains(completed)) && completed <= today)
            {
                articles += kind == ActivityKind.Writing ? 1 : 0;
                talks += kind == ActivityKind.Speaking ? 1 : 0;
                competitions += kind == ActivityKind.Competition ? 1 : 0;
                if (engagement.MoneyEarned is { Amount: > 0 } earned)
                {
                    money[earned.Currency] = money.GetValueOrDefault(earned.Currency) + earned.Amount;
                }
            }
        }

        return new GrowthFigures(
            hours.Where(h => h.Value > 0).OrderBy(h => h.Key).ToDictionary(h => h.Key, h => Math.Round(h.Value, 1)),
            articles,
            talks,
            competitions,
            mentoringWeeks.Count,
            [.. money.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new Money(m.Value, m.Key))]);
    }

    /// <summary>The calendar year that holds <paramref name="today"/>.</summary>
    public static DateRange Year(DateOnly today) => Outcomes.YearOf(today);

    /// <summary>The counted days up to today, within the period; null when none.</summary>
    private static DateRange? Invested(Engagement engagement, DateRange? period, DateOnly today)
    {
        if (engagement.CountedDates is not { } counted || counted.Start > today)
        {
            return null;
        }

        var upToToday = new DateRange(counted.Start, counted.End < today ? counted.End : today);
        return period is { } p ? upToToday.Intersect(p) : upToToday;
    }

    private static void AddWorkingWeeks(HashSet<IsoWeek> weeks, DateRange days)
    {
        for (var day = days.Start; day <= days.End; day = day.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(day))
            {
                weeks.Add(IsoWeek.FromDate(day));
            }
        }
    }
}

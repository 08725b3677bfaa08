using System.Globalization;
using MlCareer.Core.Activities;
using MlCareer.Core.Teams;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>The team page's words: lists of names, week spans, quarters and money, in the person's language.</summary>
public static class TeamText
{
    /// <summary>"Ana", "Ana and Ben", "Ana, Ben and Chen".</summary>
    public static string Names(IEnumerable<string> names, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(l);
        var list = names.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => l["Workload.Cause.Join", string.Join(l["Workload.Cause.Separator"], list.SkipLast(1)), list[^1]],
        };
    }

    /// <summary>"2026-W49 to W51", or "2026-W52 to 2027-W02" across a year end.</summary>
    public static string Weeks(IsoWeek start, IsoWeek end, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var last = end.Year == start.Year ? string.Create(CultureInfo.InvariantCulture, $"W{end.Week:D2}") : end.ToString();
        return l["Team.WeekSpan", start, last];
    }

    /// <summary>The sentence of a team-activity chance: who is free together (by name), in which weeks.</summary>
    public static string Chance(TeamChance chance, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(chance);
        return l["Team.Chance.Sentence", Names(chance.People.Select(p => p.Name).Order(StringComparer.CurrentCulture), l), Weeks(chance.Start, chance.End, l), chance.Weeks];
    }

    /// <summary>"Q4 2026".</summary>
    public static string Quarter(DateRange quarter, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l["Team.Outcomes.QuarterName", ((quarter.Start.Month - 1) / 3) + 1, quarter.Start.Year.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>"450 USD, 300 EUR", or a dash when nothing was earned.</summary>
    public static string Money(IReadOnlyList<Money> earned)
    {
        ArgumentNullException.ThrowIfNull(earned);
        return earned.Count == 0 ? "—" : string.Join(", ", earned.Select(m => $"{m.Amount.ToString("#,0.##", CultureInfo.CurrentCulture)} {m.Currency}"));
    }
}

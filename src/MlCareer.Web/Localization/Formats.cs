using System.Globalization;

namespace MlCareer.Web.Localization;

/// <summary>
/// Dates and numbers in the person's language, one unambiguous form per culture: "3 Aug 2026" in English,
/// "2026年8月3日" in Chinese (the patterns are resources, <c>Format.Date</c> and <c>Format.DayMonth</c>).
/// </summary>
public static class Formats
{
    public static string Date(this IStringLocalizer l, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(l);
        return date.ToString(l["Format.Date"], CultureInfo.CurrentCulture);
    }

    /// <summary>Day and month without the year, for charts and ranges within one year.</summary>
    public static string DayMonth(this IStringLocalizer l, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(l);
        return date.ToString(l["Format.DayMonth"], CultureInfo.CurrentCulture);
    }

    /// <summary>The dates of an ISO week, Monday to Sunday: "23 Nov 2026 – 29 Nov 2026".</summary>
    public static string WeekDates(this IStringLocalizer l, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l["Format.WeekDates", l.Date(week.Monday), l.Date(week.Sunday)];
    }

    /// <summary>
    /// The ISO weeks a run of days touches, to put beside its dates: "W32", "W32–W35", or with the year when
    /// it crosses one ("2026-W52–2027-W02").
    /// </summary>
    public static string WeekSpan(DateOnly start, DateOnly end)
    {
        var (first, last) = (IsoWeek.FromDate(start), IsoWeek.FromDate(end));
        if (first == last)
        {
            return string.Create(CultureInfo.InvariantCulture, $"W{first.Week:D2}");
        }

        return first.Year == last.Year
            ? string.Create(CultureInfo.InvariantCulture, $"W{first.Week:D2}–W{last.Week:D2}")
            : $"{first}–{last}";
    }

    /// <summary>Hours with at most one decimal, in the culture's notation.</summary>
    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>An argument of a message as the person should read it: dates and numbers in their culture.</summary>
    public static object Argument(this IStringLocalizer l, object argument) => argument switch
    {
        DateOnly date => l.Date(date),
        double number => number.ToString("0.##", CultureInfo.CurrentCulture),
        _ => argument,
    };
}

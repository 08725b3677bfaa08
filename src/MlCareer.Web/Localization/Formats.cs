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

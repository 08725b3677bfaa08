namespace MlCareer.Core.Common;

/// <summary>
/// The working week: Monday to Friday. A working day carries a fifth of the weekly capacity; Saturday
/// and Sunday carry nothing, so a phase that covers only a weekend adds no load to its week.
/// </summary>
public static class WorkingDays
{
    public const int PerWeek = 5;

    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Monday-to-Friday days from <paramref name="range"/>'s start to its end, both included.</summary>
    public static int Count(DateRange range) => Before(range.End.DayNumber + 1) - Before(range.Start.DayNumber);

    /// <summary>Working days before the day with number <paramref name="dayNumber"/> (day 0, 1 Jan 0001, was a Monday).</summary>
    private static int Before(int dayNumber)
    {
        var weeks = dayNumber / 7;
        return (weeks * PerWeek) + Math.Min(dayNumber - (weeks * 7), PerWeek);
    }
}

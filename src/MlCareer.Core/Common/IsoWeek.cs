using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// An ISO 8601 week (Monday to Sunday), the time unit of every workload figure in MlCareer.
/// A year has 52 or 53 ISO weeks; a week belongs to the year that holds its Thursday.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9998.");
        }

        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"Year {year} has no ISO week {week}.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    /// <summary>
    /// Refuses the empty week, <c>default(IsoWeek)</c> (year 0, week 0), which is no ISO week: a caller that sends it
    /// sent no week, and reading it as a date would throw.
    /// </summary>
    public static RuleViolation? CheckGiven(IsoWeek week, string field) => week.Year == 0 ? new RuleViolation(RuleCode.Required, field) : null;

    public int Week { get; }

    /// <summary>The Monday that starts this week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The Sunday that ends this week.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>A sortable integer, year × 100 + week (2026-W53 is 202653), used for storage.</summary>
    public int Key => (Year * 100) + Week;

    public static IsoWeek FromDate(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    public static IsoWeek FromKey(int key) => new(key / 100, key % 100);

    public IsoWeek AddWeeks(int weeks) => FromDate(Monday.AddDays(weeks * 7));

    /// <summary>Whole weeks from this week to <paramref name="other"/> (negative when it lies before).</summary>
    public int WeeksUntil(IsoWeek other) => (other.Monday.DayNumber - Monday.DayNumber) / 7;

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998
            || number < 1
            || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W48.");

    public int CompareTo(IsoWeek other) => Key.CompareTo(other.Key);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.Key < right.Key;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.Key > right.Key;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.Key <= right.Key;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.Key >= right.Key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}

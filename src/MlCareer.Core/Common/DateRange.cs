using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// Consecutive calendar days from <see cref="Start"/> to <see cref="End"/>, both included. Phases,
/// periods and side activities are dated by day; the workload engine counts only their working days.
/// </summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException("A date range cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    /// <summary>Calendar days in the range, at least 1.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Monday-to-Friday days in the range.</summary>
    public int WorkingDays => Common.WorkingDays.Count(this);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public bool Contains(DateRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>True when the range covers any day of <paramref name="week"/>.</summary>
    public bool Touches(IsoWeek week) => Start <= week.Sunday && End >= week.Monday;

    /// <summary>The days both ranges cover, or null when they do not meet.</summary>
    public DateRange? Intersect(DateRange other) =>
        Overlaps(other) ? new DateRange(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End) : null;

    public DateRange Shift(int days) => new(Start.AddDays(days), End.AddDays(days));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}

namespace MlCareer.Core.Workload;

/// <summary>
/// The working days of a run of consecutive ISO weeks as slots 0…5n−1: week w's Monday is slot 5w and its
/// Friday slot 5w+4. Weekends have no slot, so they carry no load.
/// </summary>
internal readonly struct DaySlots(int firstMonday, int weekCount)
{
    public int Count => weekCount * WorkingDays.PerWeek;

    /// <summary>The slots of the working days from <paramref name="start"/> to <paramref name="end"/>, clipped to the run; From &gt; To when none.</summary>
    public (int From, int To) Of(DateOnly start, DateOnly end) => (Math.Max(0, First(start)), Math.Min(Count - 1, Last(end)));

    /// <summary>The first working-day slot on or after <paramref name="date"/>.</summary>
    private int First(DateOnly date)
    {
        var (week, day) = Split(date);
        return day >= WorkingDays.PerWeek ? (week + 1) * WorkingDays.PerWeek : (week * WorkingDays.PerWeek) + day;
    }

    /// <summary>The last working-day slot on or before <paramref name="date"/>.</summary>
    private int Last(DateOnly date)
    {
        var (week, day) = Split(date);
        return (week * WorkingDays.PerWeek) + Math.Min(day, WorkingDays.PerWeek - 1);
    }

    private (int Week, int Day) Split(DateOnly date)
    {
        var offset = date.DayNumber - firstMonday;
        var week = offset >= 0 ? offset / 7 : ((offset + 1) / 7) - 1;
        return (week, offset - (week * 7));
    }
}

namespace MlCareer.Core.Common;

/// <summary>"Today" and "this ISO week" in the server's local time, from an injected <see cref="TimeProvider"/> so tests can fix them.</summary>
public static class Clock
{
    public static DateOnly Today(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }

    public static IsoWeek CurrentWeek(this TimeProvider time) => IsoWeek.FromDate(time.Today());
}

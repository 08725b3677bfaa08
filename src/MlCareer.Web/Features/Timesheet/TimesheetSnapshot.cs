namespace MlCareer.Web.Features.Timesheet;

/// <summary>
/// A loaded week in a form that survives the trip from prerendering into the circuit (plain values; the
/// week as its sortable key).
/// </summary>
public sealed record TimesheetSnapshot(int WeekKey, double CapacityHours, IReadOnlyList<TimesheetRow> Rows)
{
    public static TimesheetSnapshot From(TimesheetWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new TimesheetSnapshot(week.Week.Key, week.CapacityHours, week.Rows);
    }

    public TimesheetWeek ToWeek(IsoWeek week) => new(week, CapacityHours, Rows);
}

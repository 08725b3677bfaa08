namespace MlCareer.Web.Features.Timesheet;

/// <summary>The caller's timesheet for one ISO week, with their weekly capacity in hours.</summary>
public sealed record TimesheetWeek(IsoWeek Week, double CapacityHours, IReadOnlyList<TimesheetRow> Rows)
{
    public double TotalHours => Rows.Sum(r => r.Hours);
}

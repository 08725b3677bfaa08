using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>Names of the timesheet's fields in a <see cref="ResultError"/>, so a message lands next to its cell.</summary>
public static class TimesheetFields
{
    public const string Total = TimesheetRules.TotalField;

    public static string Hours(int phaseId) => Cell(phaseId, TimesheetRules.HoursField);

    public static string Note(int phaseId) => Cell(phaseId, TimesheetRules.NoteField);

    public static string For(TimesheetViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.PhaseId is { } phaseId ? Cell(phaseId, violation.Field) : Total;
    }

    private static string Cell(int phaseId, string field) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Rows[{phaseId}].{field}");
}

using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>Names of the timesheet's fields in a <see cref="ResultError"/>, so a message lands next to its cell.</summary>
public static class TimesheetFields
{
    public const string Total = "Total";

    public static string Hours(int phaseId) => Cell(phaseId, nameof(TimesheetLine.Hours));

    public static string Note(int phaseId) => Cell(phaseId, nameof(TimesheetLine.Note));

    public static string For(TimesheetViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.PhaseId is { } phaseId ? Cell(phaseId, violation.Violation.Field ?? nameof(TimesheetLine.Hours)) : Total;
    }

    private static string Cell(int phaseId, string field) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Rows[{phaseId}].{field}");
}

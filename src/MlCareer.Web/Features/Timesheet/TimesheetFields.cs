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

    /// <summary>The violation as an error on its cell; hours out of range read "Enter between 0 and 168 hours".</summary>
    public static ResultError Error(TimesheetViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var error = ResultError.From(violation.Violation, For(violation));
        return violation.Violation is { Code: RuleCode.OutOfRange, Field: nameof(TimesheetLine.Hours) } ? error with { MessageKey = "Timesheet.HoursRange" } : error;
    }

    private static string Cell(int phaseId, string field) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Rows[{phaseId}].{field}");
}

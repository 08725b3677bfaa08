namespace MlCareer.Web.Features.Timesheet;

/// <summary>
/// A week to save. It names no engineer: hours are always the caller's. Rows not sent are left as they are.
/// </summary>
public sealed record TimesheetInput(IsoWeek Week, IReadOnlyList<TimesheetRowInput> Rows);

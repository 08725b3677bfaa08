namespace MlCareer.Web.Features.Timesheet;

/// <summary>
/// Hours and a note for one phase, with the version of the log the form showed (null when it showed none).
/// Zero hours and no note removes the log.
/// </summary>
public sealed record TimesheetRowInput(int PhaseId, double Hours, string? Note, Guid? Version);

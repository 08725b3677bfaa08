namespace MlCareer.Core.Workload;

/// <summary>
/// A broken timesheet rule: the row (by phase; null for the week as a whole), the field, and the
/// resource key of the message with its arguments.
/// </summary>
public sealed record TimesheetViolation(int? PhaseId, string Field, string MessageKey, IReadOnlyList<object> Args);

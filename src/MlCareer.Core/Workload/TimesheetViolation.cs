namespace MlCareer.Core.Workload;

/// <summary>A broken timesheet rule: the row (by phase; null for the week as a whole) and the violation.</summary>
public sealed record TimesheetViolation(int? PhaseId, RuleViolation Violation);

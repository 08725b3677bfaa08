namespace MlCareer.Core.Workload;

/// <summary>One row of an engineer's week as entered: hours spent on one phase in that ISO week, and a note.</summary>
public sealed record TimesheetLine(int PhaseId, double Hours, string? Note);

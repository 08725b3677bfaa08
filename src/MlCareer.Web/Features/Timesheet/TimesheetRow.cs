using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>
/// One row of the caller's week: a phase, the hours logged on it that ISO week and a note. The
/// version is the stored log's, round-tripped so a stale save is caught; null when nothing is logged yet.
/// An overdue phase (started, unfinished, past its forecast end) is marked so the engineer can finish it.
/// </summary>
public sealed record TimesheetRow(int PhaseId, string ProjectName, PhaseKind Kind, double Hours, string? Note, Guid? Version, bool IsOverdue = false);

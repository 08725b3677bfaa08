using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>Hours the engineer logged in one ISO week on a phase of the given kind, and the phase's project when known.</summary>
public sealed record LoggedHours(IsoWeek Week, PhaseKind Kind, double Hours, string? ProjectName = null);

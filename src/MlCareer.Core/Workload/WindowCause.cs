using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// Why a week is low: a phase of a project whose share in force is at most the low-week threshold,
/// with the period that set it (a training run), or — when <see cref="Kind"/> is null — no project work planned.
/// </summary>
public sealed record WindowCause(PhaseKind? Kind, string? ProjectName, string? PeriodLabel);

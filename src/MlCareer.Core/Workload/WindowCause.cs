using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// What a week's (or a window's) load is made of: a phase of a project, or the period inside it that set
/// the share (a training run), with the hours it contributes per week. For a window the hours are the
/// average over its weeks. When <see cref="Kind"/> is null, no phase was in force at all: no project work.
/// </summary>
public sealed record WindowCause(int? ProjectId, string? ProjectName, int? PhaseId, PhaseKind? Kind, string? PeriodLabel, double Hours)
{
    public static WindowCause NoProjectWork { get; } = new(null, null, null, null, null, 0);

    public bool IsNoProjectWork => Kind is null;
}

namespace MlCareer.Core.Workload;

/// <summary>
/// One assignment: the project, the share of capacity it gets (0–1) and its phases.
/// <see cref="CountsAhead"/> is false for projects on hold, done, cancelled or archived: they keep their
/// plan in past weeks where nothing was logged and count nothing from the current week on.
/// </summary>
public sealed record ProjectPlan(int ProjectId, string ProjectName, double Allocation, IReadOnlyList<PhasePlan> Phases, bool CountsAhead = true);

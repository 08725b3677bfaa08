namespace MlCareer.Core.Workload;

/// <summary>
/// Everything the engine needs about one engineer: weekly capacity (hours per ISO week), the projects
/// they are assigned to with their phases, the hours they logged, and the side activities they took on.
/// </summary>
public sealed record EngineerPlan(
    int EngineerId,
    double CapacityHours,
    IReadOnlyList<ProjectPlan> Projects,
    IReadOnlyList<LoggedHours> Logs,
    IReadOnlyList<SideCommitment> SideActivities);

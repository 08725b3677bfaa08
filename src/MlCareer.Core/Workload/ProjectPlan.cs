namespace MlCareer.Core.Workload;

/// <summary>One assignment: the project, the share of capacity it gets (0–1) and its phases.</summary>
public sealed record ProjectPlan(int ProjectId, string ProjectName, double Allocation, IReadOnlyList<PhasePlan> Phases);

namespace MlCareer.Core.Workload;

/// <summary>A stretch of a phase with its own share, such as a training run that is only monitored.</summary>
public sealed record PeriodPlan(string Label, DateOnly Start, DateOnly End, double Share);

namespace MlCareer.Core.Workload;

/// <summary>
/// A stretch of a phase with its own share, such as a training run that is only monitored. A null share
/// follows the settings' training-run share. Only the days inside its phase's dates in force count.
/// </summary>
public sealed record PeriodPlan(string Label, DateOnly Start, DateOnly End, double? Share);

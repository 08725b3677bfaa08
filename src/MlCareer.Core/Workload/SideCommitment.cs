namespace MlCareer.Core.Workload;

/// <summary>A planned or active side activity: its hours per week count as load from start to end.</summary>
public sealed record SideCommitment(string Title, DateOnly Start, DateOnly End, double HoursPerWeek);

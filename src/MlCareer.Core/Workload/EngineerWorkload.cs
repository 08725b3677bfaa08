namespace MlCareer.Core.Workload;

/// <summary>The engine's answer for one engineer: the weeks asked for, and the windows found in the horizon.</summary>
public sealed record EngineerWorkload(int EngineerId, IReadOnlyList<WeekLoad> Weeks, IReadOnlyList<LowWindow> Windows);

using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>A week of a window that rests on a monitoring-only period, such as a project's training run (<paramref name="Label"/>).</summary>
public sealed record MonitoringWeek(IsoWeek Week, string ProjectName, string Label);

using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// The numbers the engine works with, taken from the admin's <see cref="PlanningSettings"/>: the default
/// share of each phase kind (indexed by <see cref="PhaseKinds.Index"/>), the share of periods without
/// their own (training-run monitoring), the low-week threshold (share of capacity), the minimum window
/// length and how many weeks ahead to look.
/// </summary>
public sealed record WorkloadRules(IReadOnlyList<double> DefaultShares, double MonitoringShare, double LowThreshold, int MinWindowWeeks, int HorizonWeeks)
{
    public static WorkloadRules Default { get; } = From(PlanningSettings.CreateDefault());

    public static WorkloadRules From(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new WorkloadRules(
            [.. PhaseKinds.All.Select(k => settings.ShareFor(k).Value)],
            settings.MonitoringShare.Value,
            settings.LowWeekThreshold.Value,
            settings.MinWindowWeeks,
            settings.HorizonWeeks);
    }

    public double ShareFor(PhaseKind kind) => DefaultShares[PhaseKinds.Index(kind)];

    /// <summary>The most hours a week of <paramref name="capacityHours"/> may hold and still be low.</summary>
    public double LowLimitHours(double capacityHours) => LowThreshold * capacityHours;

    /// <summary>A week is low when its load is at most <see cref="LowLimitHours"/> (to a billionth of an hour).</summary>
    public bool IsLow(double loadHours, double capacityHours) => loadHours <= LowLimitHours(capacityHours) + 1e-9;
}

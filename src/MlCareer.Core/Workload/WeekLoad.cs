using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// One engineer's week, in hours per ISO week. <see cref="LoadHours"/> is what was logged for a past week
/// (planned where nothing was logged) and what is planned for this and later weeks, plus side activities.
/// <see cref="HoursByKind"/> splits the project part of the load by phase kind (index: <see cref="PhaseKinds.Index"/>).
/// <see cref="Causes"/> lists what the week's load is made of — for low weeks ahead always, for every week
/// when asked — largest first.
/// </summary>
public sealed record WeekLoad(
    IsoWeek Week,
    double CapacityHours,
    double PlannedHours,
    double? LoggedHours,
    double SideHours,
    double LoadHours,
    bool IsPast,
    bool IsLow,
    bool RestsOnTentative,
    bool RestsOnMonitoring,
    IReadOnlyList<double> HoursByKind,
    IReadOnlyList<WindowCause> Causes)
{
    public double FreeHours => Math.Max(0, CapacityHours - LoadHours);

    public bool IsOverAllocated => LoadHours > CapacityHours + 1e-9;

    public double HoursOf(PhaseKind kind) => HoursByKind[PhaseKinds.Index(kind)];
}

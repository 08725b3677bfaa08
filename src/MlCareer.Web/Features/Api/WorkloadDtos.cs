using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.Api;

/// <summary>An engineer's weeks and windows. Weeks are ISO weeks such as <c>2026-W53</c>; hours are per week.</summary>
public sealed record WorkloadDto(int EngineerId, string CurrentWeek, IReadOnlyList<WeekDto> Weeks, IReadOnlyList<WindowDto> Windows)
{
    public static WorkloadDto From(EngineerWorkload workload, IsoWeek currentWeek)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return new(workload.EngineerId, currentWeek.ToString(), [.. workload.Weeks.Select(WeekDto.From)], [.. workload.Windows.Select(WindowDto.From)]);
    }
}

/// <summary>
/// One week: capacity, load (logged for past weeks where logged, else planned, plus side activities), the
/// project part by phase kind, side-activity hours, and whether it is low or over capacity.
/// </summary>
public sealed record WeekDto(
    string Week, double CapacityHours, double LoadHours, double PlannedHours, double? LoggedHours, double SideActivityHours,
    double FreeHours, bool IsPast, bool IsLow, bool IsOverCapacity, IReadOnlyDictionary<string, double> HoursByPhaseKind)
{
    public static WeekDto From(WeekLoad week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new(week.Week.ToString(), week.CapacityHours, Round(week.LoadHours), Round(week.PlannedHours), week.LoggedHours is { } logged ? Round(logged) : null,
            Round(week.SideHours), Round(week.FreeHours), week.IsPast, week.IsLow, week.IsOverAllocated,
            PhaseKinds.All.ToDictionary(k => k.ToString(), k => Round(week.HoursOf(k))));
    }

    internal static double Round(double hours) => Math.Round(hours, 2);
}

/// <summary>A run of low weeks: its first and last ISO week, free hours per week, causes (largest first) and confidence (0–1).</summary>
public sealed record WindowDto(
    string Start, string End, int Weeks, double MinFreeHours, double AverageFreeHours, double Confidence, bool ReachesHorizon, IReadOnlyList<CauseDto> Causes)
{
    public static WindowDto From(LowWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new(window.Start.ToString(), window.End.ToString(), window.Weeks, WeekDto.Round(window.MinFreeHours), WeekDto.Round(window.AverageFreeHours),
            Math.Round(window.Confidence, 2), window.ReachesHorizon, [.. window.Causes.Select(CauseDto.From)]);
    }
}

/// <summary>What makes a window low: a phase (or the period in it) of a project with its hours per week; or no project work at all.</summary>
public sealed record CauseDto(int? ProjectId, string? Project, string? PhaseKind, string? Period, double HoursPerWeek, bool NoProjectWork)
{
    public static CauseDto From(WindowCause cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return new(cause.ProjectId, cause.ProjectName, cause.Kind?.ToString(), cause.PeriodLabel, WeekDto.Round(cause.Hours), cause.IsNoProjectWork);
    }
}

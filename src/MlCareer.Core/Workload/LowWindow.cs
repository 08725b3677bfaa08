using MlCareer.Core.Common;

namespace MlCareer.Core.Workload;

/// <summary>
/// A maximal run of at least the minimum number of consecutive low weeks ahead: when it starts and ends,
/// the free hours per week it offers (least and average), what makes it low, and how sure the plan is
/// (0–1; lower for weeks far ahead and for weeks that rest on tentative phases). A window that runs to
/// the end of the horizon may last longer than shown.
/// </summary>
public sealed record LowWindow(
    IsoWeek Start,
    IsoWeek End,
    int Weeks,
    double MinFreeHours,
    double AverageFreeHours,
    IReadOnlyList<WindowCause> Causes,
    double Confidence,
    bool ReachesHorizon);

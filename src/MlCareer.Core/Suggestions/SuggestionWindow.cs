using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// An upcoming low-involvement window, from <paramref name="Start"/> to <paramref name="End"/> (ISO weeks,
/// both included), with the free hours per week it offers (the least of its weeks, and their average),
/// its weeks that rest on monitoring-only periods, and how sure the plan is (0–1).
/// </summary>
public sealed record SuggestionWindow(
    IsoWeek Start,
    IsoWeek End,
    double MinFreeHours,
    double AverageFreeHours,
    IReadOnlyList<MonitoringWeek> Monitoring,
    double Confidence)
{
    /// <summary>How many ISO weeks the window lasts.</summary>
    public int Weeks => Start.WeeksUntil(End) + 1;
}

namespace MlCareer.Core.Workload;

/// <summary>
/// A planned or active engagement whose weeks now go over capacity: the weeks (ISO, in order), the
/// highest load among them against capacity (hours per ISO week), and the project phases and periods in
/// force in those weeks with their average hours per week, largest first — the work that moved or grew into it.
/// </summary>
public sealed record SlipWarning(
    OpenEngagement Engagement,
    IReadOnlyList<IsoWeek> Weeks,
    double PeakLoadHours,
    double CapacityHours,
    IReadOnlyList<WindowCause> Phases);

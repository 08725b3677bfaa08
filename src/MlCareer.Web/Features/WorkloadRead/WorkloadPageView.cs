using MlCareer.Web.Localization;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>A window of the list: its sentence, confidence and dates, already in the person's language.</summary>
public sealed record WindowLine(string Sentence, string ConfidencePercent, string Dates, bool ReachesHorizon);

/// <summary>
/// What the "My workload" page shows, built once per visit from <see cref="MyWorkload"/>: the chart's values,
/// the windows' sentences and the figures of the hint. It holds no entities and no per-week engine objects,
/// so it is cheap to keep for the life of the page and to carry from prerendering into the circuit.
/// </summary>
public sealed record WorkloadPageView(
    WorkloadChartData Chart,
    IReadOnlyList<WindowLine> Windows,
    double CapacityHours,
    double LowLimitHours,
    int HorizonWeeks)
{
    public static WorkloadPageView Create(MyWorkload data, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(l);
        var weeks = data.Workload.Weeks;
        var capacity = weeks.Count > 0 ? weeks[0].CapacityHours : 0;
        var windows = data.Workload.Windows.Select(w => new WindowLine(
            WindowText.Sentence(w, l),
            WindowText.ConfidencePercent(w),
            l["Workload.WindowDates", l.DayMonth(w.Start.Monday), l.DayMonth(w.End.Sunday)],
            w.ReachesHorizon)).ToList();
        return new WorkloadPageView(WorkloadChartData.Create(data, l), windows, capacity, data.Rules.LowLimitHours(capacity), data.Rules.HorizonWeeks);
    }
}

using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MudBlazor;

namespace MlCareer.Web.Features.Workload;

/// <summary>One column of the strip under the chart: the week, and whether it lies in a window, is over capacity or is this week.</summary>
public sealed record ChartWeek(IsoWeek Week, bool InWindow, bool IsOverAllocated, bool IsCurrent, bool IsPast);

/// <summary>
/// The "My workload" chart, shaped for MudChart: one stacked series of hours per ISO week for each phase
/// kind plus side activities (logged hours for past weeks that have them, the plan otherwise), and lines
/// for the capacity, the low-week limit and — for past weeks — the planned load, so logged and planned
/// can be compared. Labels show every second week, always including the current one.
/// </summary>
public sealed record WorkloadChartData(
    string[] Labels,
    List<ChartSeries<double>> Bars,
    List<ChartSeries<double>> Lines,
    IReadOnlyList<ChartWeek> Weeks,
    IReadOnlyList<IsoWeek> OverCapacity,
    int CurrentIndex)
{
    /// <summary>Okabe–Ito hues in PhaseKind order, as on the phase timeline, then grey for side activities.</summary>
    public static readonly string[] BarPalette = ["#0072b2", "#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#9e9e9e"];

    /// <summary>Capacity, low-week limit, planned (past weeks).</summary>
    public static readonly string[] LinePalette = ["#263238", "#c62828", "#5e35b1"];

    /// <summary>A label on every <c>LabelEvery</c>-th week keeps them legible at 38 columns.</summary>
    public const int LabelEvery = 2;

    public static WorkloadChartData Create(MyWorkload data, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(l);
        var weeks = data.Workload.Weeks;
        var current = Math.Max(0, IndexOf(weeks, data.CurrentWeek));
        var labels = weeks.Select((w, i) => (i - current) % LabelEvery == 0 ? $"W{w.Week.Week:D2}" : string.Empty).ToArray();

        var bars = PhaseKinds.All
            .Select(kind => Series(l[$"Phase.{kind}"], weeks.Select(w => Round(w.HoursOf(kind)))))
            .Append(Series(l["Workload.SideActivities"], weeks.Select(w => Round(w.SideHours))))
            .ToList();

        var lines = new List<ChartSeries<double>>
        {
            Series(l["Workload.Capacity"], weeks.Select(w => Round(w.CapacityHours))),
            Series(l["Workload.LowLimit"], weeks.Select(w => Round(data.Rules.LowLimitHours(w.CapacityHours)))),
            new()
            {
                Name = l["Workload.PlannedPast"],
                Data = new ChartData<double>(weeks.Select(w => w.IsPast ? Round(w.PlannedHours + w.SideHours) : (double?)null).ToArray()),
            },
        };

        var inWindow = weeks.Select(w => data.Workload.Windows.Any(x => x.Start <= w.Week && w.Week <= x.End)).ToList();
        var strip = weeks.Select((w, i) => new ChartWeek(w.Week, inWindow[i], w.IsOverAllocated, w.Week == data.CurrentWeek, w.IsPast)).ToList();
        var over = weeks.Where(w => w.IsOverAllocated).Select(w => w.Week).ToList();
        return new WorkloadChartData(labels, bars, lines, strip, over, current);
    }

    private static int IndexOf(IReadOnlyList<WeekLoad> weeks, IsoWeek week)
    {
        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Week == week)
            {
                return i;
            }
        }

        return -1;
    }

    private static ChartSeries<double> Series(string name, IEnumerable<double> values) =>
        new() { Name = name, Data = new ChartData<double>(values.ToArray()) };

    private static double Round(double hours) => Math.Round(hours, 1);
}

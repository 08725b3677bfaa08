using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>One week of the chart: the ISO week as text ("2026-W48"), its label (empty on every other week), and whether it lies in a window, is over capacity, is this week or past.</summary>
public sealed record ChartWeek(string Week, string Label, bool InWindow, bool IsOverAllocated, bool IsCurrent, bool IsPast);

/// <summary>A named series of hours, one value per week of the chart; null where the series has no value (the plan of future weeks).</summary>
public sealed record HoursSeries(string Name, double?[] Values);

/// <summary>A low-involvement window as a run of the chart's weeks: the index of its first week and how many.</summary>
public sealed record ChartSpan(int First, int Weeks);

/// <summary>
/// The "My workload" chart, shaped once per visit and kept small: one stacked series of hours per ISO week
/// for each phase kind plus side activities (logged hours for past weeks that have them, the plan otherwise),
/// lines for the capacity, the low-week limit and — for past weeks — the planned load, the windows as runs
/// of weeks, and the hour axis. Plain values and text only (no entities, no engine objects), so a page can carry it from prerendering
/// into its circuit and keep nothing else.
/// </summary>
public sealed record WorkloadChartData(
    IReadOnlyList<ChartWeek> Weeks,
    IReadOnlyList<HoursSeries> Bars,
    IReadOnlyList<HoursSeries> Lines,
    IReadOnlyList<ChartSpan> Windows,
    IReadOnlyList<string> OverCapacity,
    int CurrentIndex,
    double AxisMax)
{
    /// <summary>Okabe–Ito hues in PhaseKind order, as on the phase timeline, then grey for side activities.</summary>
    public static readonly string[] BarPalette = ["#0072b2", "#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#9e9e9e"];

    /// <summary>A label on every <c>LabelEvery</c>-th week, counted from the current one, so labels never crowd or get cut.</summary>
    public const int LabelEvery = 2;

    /// <summary>Hours between two lines of the hour axis.</summary>
    public const double AxisStep = 10;

    /// <summary>The hours of each line of the hour axis, from 0 to <see cref="AxisMax"/>.</summary>
    public IEnumerable<double> Ticks => Enumerable.Range(0, (int)(AxisMax / AxisStep) + 1).Select(i => i * AxisStep);

    public static WorkloadChartData Create(MyWorkload data, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(l);
        var weeks = data.Workload.Weeks;
        var current = Math.Max(0, IndexOf(weeks, data.CurrentWeek));
        var first = weeks.Count > 0 ? weeks[0].Week : data.CurrentWeek;

        var bars = PhaseKinds.All
            .Select(kind => Series(l[$"Phase.{kind}"], weeks.Select(w => (double?)Round(w.HoursOf(kind)))))
            .Append(Series(l["Workload.SideActivities"], weeks.Select(w => (double?)Round(w.SideHours))))
            .ToList();
        var lines = new List<HoursSeries>
        {
            Series(l["Workload.Capacity"], weeks.Select(w => (double?)Round(w.CapacityHours))),
            Series(l["Workload.LowLimit"], weeks.Select(w => (double?)Round(data.Rules.LowLimitHours(w.CapacityHours)))),
            Series(l["Workload.PlannedPast"], weeks.Select(w => w.IsPast ? Round(w.PlannedHours + w.SideHours) : (double?)null)),
        };

        var windows = data.Workload.Windows;
        var strip = weeks.Select((w, i) => new ChartWeek(
            w.Week.ToString(),
            (i - current) % LabelEvery == 0 ? $"W{w.Week.Week:D2}" : string.Empty,
            windows.Any(x => x.Start <= w.Week && w.Week <= x.End),
            w.IsOverAllocated,
            w.Week == data.CurrentWeek,
            w.IsPast)).ToList();
        var spans = windows.Select(x => new ChartSpan(first.WeeksUntil(x.Start), x.Weeks)).ToList();
        var over = weeks.Where(w => w.IsOverAllocated).Select(w => w.Week.ToString()).ToList();
        var top = weeks.Select(w => Math.Max(w.LoadHours, Math.Max(w.CapacityHours, w.PlannedHours + w.SideHours))).DefaultIfEmpty(0).Max();
        var axisMax = Math.Max(AxisStep, Math.Ceiling((top + 1) / AxisStep) * AxisStep);
        return new WorkloadChartData(strip, bars, lines, spans, over, current, axisMax);
    }

    /// <summary>The stacked total of the bars in week <paramref name="index"/>: the week's load.</summary>
    public double Total(int index) => Bars.Sum(b => b.Values[index] ?? 0);

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

    private static HoursSeries Series(string name, IEnumerable<double?> values) => new(name, [.. values]);

    private static double Round(double hours) => Math.Round(hours, 1);
}

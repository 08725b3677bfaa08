using System.Globalization;
using System.Text;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>
/// Where the workload chart draws, in the units of its SVG view box: each week is <see cref="Step"/> wide, the
/// plot <see cref="Height"/> high from 0 h at the bottom to the axis maximum at the top. The SVG stretches to
/// its box (the hour axis and the week labels are HTML beside and under it, so no text is distorted), and
/// the window shading, the today line and the bars are all placed with these numbers: nothing depends on
/// where a chart library happens to put its plot.
/// </summary>
public static class WorkloadChartGeometry
{
    /// <summary>Width of one week.</summary>
    public const double Step = 10;

    /// <summary>Width of a bar: seven tenths of a week, centred in it.</summary>
    public const double BarWidth = 7;

    /// <summary>Height of the plot.</summary>
    public const double Height = 100;

    public static double Width(WorkloadChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Weeks.Count * Step;
    }

    public static double Y(WorkloadChartData chart, double hours)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Height - (Math.Min(hours, chart.AxisMax) / chart.AxisMax * Height);
    }

    /// <summary>The hour axis line's position from the top, in percent of the plot's height.</summary>
    public static double TopPercent(WorkloadChartData chart, double hours) => Y(chart, hours) / Height * 100;

    /// <summary>The x of the middle of week <paramref name="index"/>.</summary>
    public static double Middle(int index) => (index * Step) + (Step / 2);

    /// <summary>One path of rectangles for bar series <paramref name="series"/>, stacked on the series before it.</summary>
    public static string BarPath(WorkloadChartData chart, int series)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var path = new StringBuilder();
        for (var week = 0; week < chart.Weeks.Count; week++)
        {
            var hours = chart.Bars[series].Values[week] ?? 0;
            if (hours <= 0)
            {
                continue;
            }

            var below = chart.Bars.Take(series).Sum(b => b.Values[week] ?? 0);
            var top = Y(chart, below + hours);
            var height = Y(chart, below) - top;
            path.Append(CultureInfo.InvariantCulture, $"M{N(Middle(week) - (BarWidth / 2))} {N(top)}h{N(BarWidth)}v{N(height)}h{N(-BarWidth)}Z");
        }

        return path.ToString();
    }

    /// <summary>A step line across each week that has a value for line series <paramref name="series"/>; gaps where it has none.</summary>
    public static string LinePath(WorkloadChartData chart, int series)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var path = new StringBuilder();
        var drawing = false;
        for (var week = 0; week < chart.Weeks.Count; week++)
        {
            if (chart.Lines[series].Values[week] is not { } hours)
            {
                drawing = false;
                continue;
            }

            var y = N(Y(chart, hours));
            path.Append(drawing ? $"V{y}H{N((week + 1) * Step)}" : $"M{N(week * Step)} {y}H{N((week + 1) * Step)}");
            drawing = true;
        }

        return path.ToString();
    }

    /// <summary>The horizontal grid lines, one per tick of the hour axis.</summary>
    public static string GridPath(WorkloadChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return string.Concat(chart.Ticks.Select(t => $"M0 {N(Y(chart, t))}H{N(Width(chart))}"));
    }

    /// <summary>A number for SVG: invariant, at most two decimals.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

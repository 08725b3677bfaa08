using MlCareer.Core.Common;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Tests.WorkloadRead;

/// <summary>Where the workload chart draws its bars, lines, window shading and today line, in view-box units.</summary>
public sealed class WorkloadChartGeometryTests
{
    private static readonly IsoWeek Current = new(2026, 48);

    [Fact]
    public void BarPath_TwoSeriesInAWeek_TheSecondStacksOnTheFirst()
    {
        var chart = Chart(bars: [[10, 0], [30, 5]]);

        var first = WorkloadChartGeometry.BarPath(chart, 0);
        var second = WorkloadChartGeometry.BarPath(chart, 1);

        Assert.Equal("M1.5 75h7v25h-7Z", first);
        Assert.Equal("M1.5 0h7v75h-7ZM11.5 87.5h7v12.5h-7Z", second);
    }

    [Fact]
    public void Window_ShadeSpansExactlyTheColumnsOfItsWeeks_SoItLiesOverTheirBars()
    {
        var chart = Chart(bars: [[10, 10, 10, 10]], windows: [new ChartSpan(1, 2)]);
        var span = chart.Windows[0];

        var (left, right) = (span.First * WorkloadChartGeometry.Step, (span.First + span.Weeks) * WorkloadChartGeometry.Step);
        var bars = WorkloadChartGeometry.BarPath(chart, 0);

        Assert.Equal((10.0, 30.0), (left, right));
        Assert.Contains("M11.5 ", bars, StringComparison.Ordinal);
        Assert.Contains("M21.5 ", bars, StringComparison.Ordinal);
        Assert.True(WorkloadChartGeometry.Middle(1) > left && WorkloadChartGeometry.Middle(2) < right);
    }

    [Fact]
    public void LinePath_ValuesWithAGap_StepsAcrossEachWeekAndBreaksAtTheGap()
    {
        var chart = Chart(bars: [[0, 0, 0, 0]], lines: [[40, 20, null, 20]]);

        var line = WorkloadChartGeometry.LinePath(chart, 0);

        Assert.Equal("M0 0H10V50H20M30 50H40", line);
    }

    [Fact]
    public void Ticks_EveryTenHoursUpToTheAxisMaximum()
    {
        var chart = Chart(bars: [[0]]);

        Assert.Equal([0.0, 10, 20, 30, 40], chart.Ticks);
        Assert.Equal(0, WorkloadChartGeometry.TopPercent(chart, 40));
        Assert.Equal(75, WorkloadChartGeometry.TopPercent(chart, 10));
    }

    private static WorkloadChartData Chart(double[][] bars, double?[][]? lines = null, ChartSpan[]? windows = null)
    {
        var weeks = bars[0].Length;
        return new WorkloadChartData(
            [.. Enumerable.Range(0, weeks).Select(i => new ChartWeek(Current.AddWeeks(i).ToString(), string.Empty, false, false, i == 0, false))],
            [.. bars.Select((b, i) => new HoursSeries($"s{i}", [.. b.Select(v => (double?)v)]))],
            [.. (lines ?? []).Select((l, i) => new HoursSeries($"l{i}", l))],
            windows ?? [],
            [],
            0,
            40);
    }
}

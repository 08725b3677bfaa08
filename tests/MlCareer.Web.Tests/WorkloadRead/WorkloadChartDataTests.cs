using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Tests.WorkloadRead;

/// <summary>The shaping of the "My workload" chart and of the window sentences, on hand-built weeks.</summary>
public sealed class WorkloadChartDataTests
{
    private const string Churn = "Customer churn prediction";
    private const string Ocr = "Invoice document OCR";

    private static readonly IsoWeek Current = new(2026, 48);
    private static readonly IStringLocalizer L = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SharedResource>>();

    private static readonly WindowCause TrainingRun = new(1, Churn, 11, PhaseKind.ModelDevelopment, "Training run", 6);
    private static readonly WindowCause Labeling = new(2, Ocr, 21, PhaseKind.DataLabeling, null, 1.2);

    [Fact]
    public void Create_Weeks_OneBarSeriesPerPhaseKindThenSideActivities()
    {
        var data = Workload(Week(-1, [0, 0, 2, 20, 0, 0], side: 3), Week(0, [0, 0, 0, 0, 12.34, 0]));

        var chart = WorkloadChartData.Create(data, L);

        Assert.Equal(
            ["Problem understanding", "Data collection", "Data labeling", "Data wrangling", "Model development", "Deployment and maintenance", "Side activities"],
            chart.Bars.Select(s => s.Name));
        Assert.Equal([20.0, 0], Values(chart.Bars[3]));
        Assert.Equal([0, 12.3], Values(chart.Bars[4]));
        Assert.Equal([3.0, 0], Values(chart.Bars[6]));
        Assert.Equal(7, WorkloadChartData.BarPalette.Length);
    }

    [Fact]
    public void Create_Labels_EverySecondWeekIncludingTheCurrentOne()
    {
        var data = Workload(Week(-3), Week(-2), Week(-1), Week(0), Week(1), Week(2));

        var chart = WorkloadChartData.Create(data, L);

        Assert.Equal(["", "W46", "", "W48", "", "W50"], chart.Weeks.Select(w => w.Label));
        Assert.Equal(3, chart.CurrentIndex);
    }

    [Fact]
    public void Create_Lines_CapacityLowLimitAndThePlanOfPastWeeksOnly()
    {
        var data = Workload(Week(-1, [0, 0, 0, 30, 0, 0], planned: 24, logged: 30, side: 2), Week(0, [0, 0, 0, 24, 0, 0], planned: 24));

        var chart = WorkloadChartData.Create(data, L);

        Assert.Equal(["Capacity", "Low-week limit", "Planned (past weeks)"], chart.Lines.Select(s => s.Name));
        Assert.Equal([40.0, 40], Values(chart.Lines[0]));
        var low = 40 * WorkloadRules.Default.LowThreshold;
        Assert.Equal([low, low], Values(chart.Lines[1]));
        Assert.Equal([26.0, null], chart.Lines[2].Values);
    }

    [Fact]
    public void Create_WindowAndOverloadedWeeks_FlaggedOnTheStrip()
    {
        var window = Window(1, 2, 34.6, TrainingRun);
        var data = Workload([Week(0, [0, 0, 0, 44, 0, 0]), Week(1, [0, 0, 0, 0, 5.4, 0]), Week(2, [0, 0, 0, 0, 5.4, 0]), Week(3, [0, 0, 0, 20, 0, 0])], [window]);

        var chart = WorkloadChartData.Create(data, L);

        Assert.Equal([false, true, true, false], chart.Weeks.Select(w => w.InWindow));
        Assert.Equal([true, false, false, false], chart.Weeks.Select(w => w.IsCurrent));
        Assert.Equal([Current.ToString()], chart.OverCapacity);
    }

    [Fact]
    public void Sentence_TwoCauses_WeeksFreeHoursAndBothCauses()
    {
        var window = Window(1, 3, 34.6, TrainingRun, Labeling);

        var sentence = WindowText.Sentence(window, L);

        Assert.Equal(
            "Weeks 2026-W49 to W51: about 35 h/week free — Model development (Training run) in Customer churn prediction (≈ 6 h/week) and Data labeling in Invoice document OCR (≈ 1.2 h/week)",
            sentence);
    }

    [Fact]
    public void Causes_ThreeCausesAndNoProjectWork_ListedWithCommasAndAnd()
    {
        var causes = WindowText.Causes([TrainingRun, Labeling, WindowCause.NoProjectWork], L);

        Assert.Equal("Model development (Training run) in Customer churn prediction (≈ 6 h/week), Data labeling in Invoice document OCR (≈ 1.2 h/week) and no project work planned", causes);
    }

    [Fact]
    public void Causes_MoreThanThree_NamesTheLargestThreeAndCountsTheRest()
    {
        WindowCause[] causes = [TrainingRun, Labeling, TrainingRun with { ProjectName = "A" }, Labeling with { ProjectName = "B" }, WindowCause.NoProjectWork];

        var text = WindowText.Causes(causes, L);

        Assert.EndsWith("Model development (Training run) in A (≈ 6 h/week) and 2 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EndLabel_AcrossTheYearEnd_ShowsTheWholeWeek()
    {
        Assert.Equal("W51", WindowText.EndLabel(Window(1, 3, 30)));
        Assert.Equal("2027-W02", WindowText.EndLabel(Window(4, 4, 30)));
    }

    [Fact]
    public void ConfidencePercent_Fraction_WholePercent()
    {
        Assert.Equal("87", WindowText.ConfidencePercent(Window(1, 3, 30) with { Confidence = 0.87 }));
    }

    [Theory]
    [InlineData(0, "Starts this week")]
    [InlineData(1, "In 1 week")]
    [InlineData(5, "In 5 weeks")]
    public void StartsIn_WeeksAhead_Words(int ahead, string expected)
    {
        Assert.Equal(expected, WindowText.StartsIn(Current, Window(ahead, 2, 30), L));
    }

    private static MyWorkload Workload(params WeekLoad[] weeks) => Workload(weeks, []);

    private static MyWorkload Workload(IReadOnlyList<WeekLoad> weeks, IReadOnlyList<LowWindow> windows) =>
        new(new EngineerWorkload(1, weeks, windows), WorkloadRules.Default, Current, 12);

    private static WeekLoad Week(int offset, double[]? byKind = null, double? planned = null, double? logged = null, double side = 0)
    {
        byKind ??= new double[6];
        var project = byKind.Sum();
        var load = project + side;
        return new WeekLoad(Current.AddWeeks(offset), 40, planned ?? project, logged, side, load, offset < 0, load <= 40 * WorkloadRules.Default.LowThreshold, false, false, byKind, []);
    }

    private static LowWindow Window(int startOffset, int weeks, double freeHours, params WindowCause[] causes) =>
        new(Current.AddWeeks(startOffset), Current.AddWeeks(startOffset + weeks - 1), weeks, freeHours, freeHours, causes, 0.9, false);

    private static double[] Values(HoursSeries series) => [.. series.Values.Select(v => v!.Value)];
}

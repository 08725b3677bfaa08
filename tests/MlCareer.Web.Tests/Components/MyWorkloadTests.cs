using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Tests.Components;

/// <summary>The "My workload" view (the routed page's child), rendered from hand-built weeks and windows.</summary>
public class MyWorkloadTests : MudBunitContext
{
    private static readonly IsoWeek Current = new(2026, 48);

    private IStringLocalizer Localizer => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void Render_AWindow_ListsItsSentenceWithWeeksFreeHoursAndCauses()
    {
        var window = new LowWindow(Current.AddWeeks(1), Current.AddWeeks(3), 3, 34, 34.6,
            [new(1, "Customer churn prediction", 11, PhaseKind.ModelDevelopment, "Training run", 3.6), new(2, "Invoice document OCR", 21, PhaseKind.DataLabeling, null, 1.2)], 0.93, false);

        var view = RenderView(Weeks(40, (1, 5.4), (2, 5.4), (3, 5.4)), [window]);

        view.WaitForAssertion(() =>
        {
            var sentence = view.Find("[data-testid=window] [data-testid=window-sentence]").TextContent;
            Assert.Contains("Weeks 2026-W49 to W51: about 35 h/week free", sentence, StringComparison.Ordinal);
            Assert.Contains("Model development (Training run) in Customer churn prediction (≈ 3.6 h/week)", sentence, StringComparison.Ordinal);
            Assert.Contains("Data labeling in Invoice document OCR (≈ 1.2 h/week)", sentence, StringComparison.Ordinal);
            Assert.Contains("Confidence 93%", view.Find("[data-testid=window-confidence]").TextContent, StringComparison.Ordinal);
            Assert.Empty(view.FindAll("[data-testid=window-horizon]"));
        });
    }

    [Fact]
    public void Render_AWindowToTheHorizonWithNoProjectWork_SaysSo()
    {
        var window = new LowWindow(Current.AddWeeks(2), Current.AddWeeks(3), 2, 40, 40, [WindowCause.NoProjectWork], 0.5, true);

        var view = RenderView(Weeks(40, (2, 0), (3, 0)), [window]);

        view.WaitForAssertion(() =>
        {
            Assert.Contains("no project work planned", view.Find("[data-testid=window-sentence]").TextContent, StringComparison.Ordinal);
            Assert.NotNull(view.Find("[data-testid=window-horizon]"));
        });
    }

    [Fact]
    public void Render_OverloadedWeeks_FlaggedAboveTheChartAndOnTheStrip()
    {
        var view = RenderView(Weeks(40, (-1, 46), (2, 44)), []);

        view.WaitForAssertion(() =>
        {
            Assert.Contains("Over capacity", view.Find("[data-testid=over-capacity]").TextContent, StringComparison.Ordinal);
            Assert.Equal(["2026-W47", "2026-W50"], view.FindAll("[data-testid=over-week]").Select(c => c.TextContent.Trim()));
            Assert.Equal(["2026-W47", "2026-W50"], view.FindAll("[data-testid=strip-week][data-over=true]").Select(c => c.GetAttribute("data-week")));
            Assert.NotNull(view.Find("[data-testid=no-windows]"));
        });
    }

    [Fact]
    public void Render_Windows_TheStripMarksTheirWeeksAndToday()
    {
        var window = new LowWindow(Current.AddWeeks(1), Current.AddWeeks(2), 2, 30, 30, [], 0.9, false);

        var view = RenderView(Weeks(40, (1, 10), (2, 10)), [window]);

        view.WaitForAssertion(() =>
        {
            Assert.Equal(6, view.FindAll("[data-testid=strip-week]").Count);
            Assert.Equal(["2026-W49", "2026-W50"], view.FindAll("[data-testid=strip-week][data-window=true]").Select(c => c.GetAttribute("data-week")));
            var today = view.Find("[data-testid=strip-today]");
            Assert.Equal("2026-W48", today.ParentElement!.GetAttribute("data-week"));
            Assert.Contains("Today", today.TextContent, StringComparison.Ordinal);
            Assert.NotNull(view.Find("[data-testid=workload-chart] svg [data-testid=chart-today]"));
            Assert.Single(view.FindAll("[data-testid=chart-window]"));
        });
    }

    private IRenderedComponent<WorkloadView> RenderView(IReadOnlyList<WeekLoad> weeks, IReadOnlyList<LowWindow> windows) =>
        Render<WorkloadView>(p => p.Add(c => c.View, WorkloadPageView.Create(new MyWorkload(new EngineerWorkload(1, weeks, windows), WorkloadRules.Default, Current, 2), Localizer)));

    /// <summary>Weeks −2..+3 around the current one, 20 h of data wrangling each unless given as (offset, hours).</summary>
    [Fact]
    public void Render_ShowAsTable_TheSameFiguresWeekByWeek()
    {
        var view = RenderView(Weeks(40, (-1, 46), (2, 12.5)), []);

        view.Find("[data-testid=toggle-table]").Click();

        view.WaitForAssertion(() =>
        {
            var rows = view.FindAll("[data-testid=workload-table-row]");
            Assert.Equal(6, rows.Count);
            var row = rows.Single(r => r.GetAttribute("data-week") == "2026-W50");
            Assert.Equal(["12.5", "0", "0", "0", "12.5", "0", "0", "0", "40", "20", "—", "No"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
            Assert.Contains("Over capacity", rows.Single(r => r.GetAttribute("data-week") == "2026-W47").TextContent, StringComparison.Ordinal);
            Assert.Equal("true", view.Find("[data-testid=toggle-table]").GetAttribute("aria-expanded"));
            Assert.Empty(view.FindAll("[data-testid=chart-bars]"));
        });
    }

    private static WeekLoad[] Weeks(double capacity, params (int Offset, double Hours)[] loads) =>
        [.. Enumerable.Range(-2, 6).Select(offset =>
        {
            var hours = loads.Where(l => l.Offset == offset).Select(l => l.Hours).DefaultIfEmpty(20).First();
            double[] byKind = [0, 0, 0, hours, 0, 0];
            return new WeekLoad(Current.AddWeeks(offset), capacity, hours, offset < 0 ? hours : null, 0, hours, offset < 0, hours <= capacity * WorkloadRules.Default.LowThreshold, false, false, byKind, []);
        })];
}

using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MudBlazor;
using static MlCareer.Web.Tests.Infrastructure.TestPhases;

namespace MlCareer.Web.Tests.Components;

public class PhaseTimelineTests : MudBunitContext
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void Render_PhasesInAnyOrder_OneRowPerPhaseByPlanOrder()
    {
        var phases = InPlanOrder(
            (Phase(PhaseKind.ModelDevelopment, Monday.AddDays(35), Monday.AddDays(48)), 3),
            (Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(20)), 1),
            (Phase(PhaseKind.ModelDevelopment, Monday.AddDays(14), Monday.AddDays(34)), 2));

        var timeline = RenderTimeline(phases, Monday);

        var rows = timeline.FindAll("[data-testid=timeline-row]");
        Assert.Equal(["1", "2", "3"], rows.Select(r => r.GetAttribute("data-order")));
        Assert.Equal(["DataWrangling", "ModelDevelopment", "ModelDevelopment"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("Data wrangling", rows[0].TextContent, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Single(r.QuerySelectorAll("[data-testid=timeline-bar]")));
    }

    [Fact]
    public void Render_TentativePhase_CarriesTheTentativeMarker()
    {
        var phases = InPlanOrder(
            (Phase(PhaseKind.DataCollection, Monday, Monday.AddDays(13)), 1),
            (Phase(PhaseKind.Deployment, Monday.AddDays(21), Monday.AddDays(34), tentative: true), 2));

        var timeline = RenderTimeline(phases, Monday);

        var rows = timeline.FindAll("[data-testid=timeline-row]");
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=timeline-tentative]"));
        Assert.Contains("Tentative", rows[1].QuerySelector("[data-testid=timeline-tentative]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tentative", rows[1].QuerySelector("[data-testid=timeline-bar]")!.ClassList);
    }

    [Fact]
    public void Render_PhaseWithAPeriod_ShadesThePeriodInsideItsBarWithItsLabel()
    {
        var phase = Phase(PhaseKind.ModelDevelopment, Monday, Monday.AddDays(41)).WithPeriod("Training run", null, Monday.AddDays(7), Monday.AddDays(27));

        var timeline = RenderTimeline([phase], Monday);

        var period = Assert.Single(timeline.FindAll("[data-testid=timeline-bar] [data-testid=timeline-period]"));
        Assert.Equal("Training run · share 15%", period.GetAttribute("aria-label"));
        Assert.Equal("Training run", period.TextContent.Trim());
    }

    [Fact]
    public async Task Hover_Period_ShowsItsTooltip()
    {
        var phase = Phase(PhaseKind.ModelDevelopment, Monday, Monday.AddDays(13));
        phase.WithPeriod("Training run", 0.15, Monday, Monday.AddDays(3));
        var popovers = Render<MudPopoverProvider>();
        var timeline = RenderTimeline([phase], Monday);

        await timeline.Find("[data-testid=timeline-bar] .mud-tooltip-root").TriggerEventAsync("onpointerenter", new PointerEventArgs());

        popovers.WaitForAssertion(() => Assert.Contains("Training run · share 15%", popovers.Markup, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-12-09", true)]
    [InlineData("2027-08-02", false)]
    [InlineData("2026-03-02", false)]
    public void Render_Today_MarkedOnlyWhenOnTheChart(string today, bool marked)
    {
        var phase = Phase(PhaseKind.DataLabeling, Monday, Monday.AddDays(20));

        var timeline = RenderTimeline([phase], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        var markers = timeline.FindAll("[data-testid=timeline-today]");
        Assert.Equal(marked ? 1 : 0, markers.Count);
        Assert.All(markers, m => Assert.Contains("Today", m.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_AcrossTheYearEnd_LabelsWeeksAndYears()
    {
        var phase = Phase(PhaseKind.DataWrangling, new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 10));

        var timeline = RenderTimeline([phase], new DateOnly(2026, 12, 21));

        var weeks = timeline.FindAll("[data-testid=timeline-week]").Select(w => w.TextContent.Trim()).ToList();
        Assert.Equal(5, weeks.Count);
        Assert.StartsWith("2026", weeks[0], StringComparison.Ordinal);
        Assert.Equal("W53", weeks[2]);
        Assert.StartsWith("2027", weeks[3], StringComparison.Ordinal);
        Assert.EndsWith("W1", weeks[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoPhases_SaysSo()
    {
        var timeline = RenderTimeline([], Monday);

        Assert.NotNull(timeline.Find("[data-testid=timeline-empty]"));
        Assert.Empty(timeline.FindAll("[data-testid=timeline-row]"));
    }

    private IRenderedComponent<PhaseTimeline> RenderTimeline(IReadOnlyList<Phase> phases, DateOnly today) =>
        Render<PhaseTimeline>(p => p.Add(c => c.Phases, phases).Add(c => c.Today, today).Add(c => c.MonitoringShare, new Share(0.15)));
}

using Bunit;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Tests.Components;
using static MlCareer.Web.Tests.TeamWorkload.TeamViews;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>The team heatmap rendered from hand-built weeks: its colouring, its legend and the text of its cells.</summary>
public class TeamHeatmapTests : MudBunitContext
{
    private static readonly TeamView TwoPeople = View(
    [
        ("Ana Souza", Plan(1, [Project(1, "Churn", 1, PhaseKind.DataWrangling, -2, 0, 1)], side: [new SideCommitment("Technical article", Current.AddWeeks(1).Monday, Current.AddWeeks(1).Monday.AddDays(4), 5)])),
        ("Ben Okafor", Plan(2, [Project(1, "Churn", 0.7, PhaseKind.DataWrangling, -2, 8, 1), Project(2, "Demand", 0.5, PhaseKind.Deployment, 0, 1, 1)])),
    ]);

    [Fact]
    public void Render_Cells_ColouredByBandWithOverAndWindowMarkedBeyondColour()
    {
        var heatmap = Render<TeamHeatmap>(p => p.Add(c => c.View, TwoPeople));

        var ana = Cells(heatmap, 0);
        var ben = Cells(heatmap, 1);
        Assert.Equal(["Full", "Full", "Full", "Low", "Low", "Low", "Low", "Low"], ana.Select(c => c.GetAttribute("data-band")));
        Assert.All(ana, c => Assert.Contains($"band-{c.GetAttribute("data-band")}", c.ClassList));
        Assert.Equal(["Normal", "Normal", "Over", "Over", "Normal", "Normal", "Normal", "Normal"], ben.Select(c => c.GetAttribute("data-band")));
        var over = ben[2];
        Assert.Equal("true", over.GetAttribute("data-over"));
        Assert.Equal("▲", over.QuerySelector(".heat-mark")!.TextContent);
        Assert.Equal("120", over.QuerySelector(".heat-value")!.TextContent);
        var quiet = ana[3];
        Assert.Equal("true", quiet.GetAttribute("data-window"));
        Assert.Contains("in-window", quiet.ClassList);
        Assert.Equal("◆", quiet.QuerySelector(".heat-mark")!.TextContent);
        Assert.Null(ana[0].QuerySelector(".heat-mark"));
        Assert.Contains("current", ana[2].ClassList);
    }

    [Fact]
    public void Render_Legend_NamesEveryBandAndBothMarks()
    {
        var heatmap = Render<TeamHeatmap>(p => p.Add(c => c.View, TwoPeople));

        var items = heatmap.FindAll("[data-testid=heatmap-legend] .legend-item").Select(i => i.TextContent.Trim()).ToList();

        Assert.Equal(["up to 50%: low", "50–90%", "90–100%", "▲over capacity", "◆low-involvement window", "Numbers: % of the person's capacity"], items);
        Assert.Equal(["band-Low", "band-Normal", "band-Full", "band-Over", "band-Low"], heatmap.FindAll("[data-testid=heatmap-legend] .legend-swatch").Select(s => s.ClassList[1]));
    }

    [Fact]
    public void Render_ACell_ExplainsItselfInItsLabelAndTitle()
    {
        var heatmap = Render<TeamHeatmap>(p => p.Add(c => c.View, TwoPeople));

        var over = Cells(heatmap, 1)[2];
        var quiet = Cells(heatmap, 0)[3];

        Assert.Equal("Ben Okafor, 2026-W48: 48 h of 40 h, 120%, over capacity", over.GetAttribute("aria-label"));
        Assert.Equal(
            "Ben Okafor · 2026-W48: 48 h of 40 h (120%), planned\nData wrangling in Churn (≈ 28 h/week)\nDeployment and maintenance in Demand (≈ 20 h/week)\nOver capacity by 8 h",
            over.GetAttribute("title"));
        Assert.Contains("Side activities: 5 h — Technical article", quiet.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("In the window 2026-W49 to 2027-W", quiet.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("team/members/2", heatmap.FindAll("[data-testid=heat-member-link]")[1].GetAttribute("href"));
    }

    [Fact]
    public void Click_ACell_ShowsItsExplanationAndALinkToTheMembersWorkload()
    {
        var heatmap = Render<TeamHeatmap>(p => p.Add(c => c.View, TwoPeople));

        Cells(heatmap, 1)[2].Click();

        heatmap.WaitForAssertion(() =>
        {
            var detail = heatmap.Find("[data-testid=heat-detail]");
            Assert.Equal(4, detail.QuerySelectorAll("li").Length);
            Assert.Contains("Over capacity by 8 h", detail.TextContent, StringComparison.Ordinal);
            Assert.Equal("team/members/2", detail.QuerySelector("[data-testid=heat-detail-open]")!.GetAttribute("href"));
            Assert.Equal("0", Cells(heatmap, 1)[2].GetAttribute("tabindex"));
            Assert.Equal("-1", Cells(heatmap, 0)[2].GetAttribute("tabindex"));
        });
    }

    [Fact]
    public void ShowAsTable_TheSameFiguresInWords()
    {
        var heatmap = Render<TeamHeatmap>(p => p.Add(c => c.View, TwoPeople));

        heatmap.Find("input[data-testid=heatmap-as-table]").Change(true);

        heatmap.WaitForAssertion(() =>
        {
            var cells = heatmap.FindAll("[data-testid=heatmap-table-cell]").Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(16, cells.Count);
            Assert.StartsWith("48 h (120%)", cells[10], StringComparison.Ordinal);
            Assert.EndsWith("over capacity", cells[10], StringComparison.Ordinal);
            Assert.Contains("window", cells[3], StringComparison.Ordinal);
            Assert.Empty(heatmap.FindAll("[data-testid=heat-cell]"));
        });
    }

    private static List<AngleSharp.Dom.IElement> Cells(IRenderedComponent<TeamHeatmap> heatmap, int row) =>
        [.. heatmap.FindAll("[data-testid=heat-row]")[row].QuerySelectorAll("[data-testid=heat-cell]")];
}

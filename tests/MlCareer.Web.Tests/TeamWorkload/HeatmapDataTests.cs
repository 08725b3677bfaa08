using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.TeamWorkload;
using static MlCareer.Web.Tests.TeamWorkload.TeamViews;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>The heatmap's shaping: bands against each person's own capacity, marks, and the words of each cell.</summary>
public class HeatmapDataTests
{
    [Theory]
    [InlineData(0.5, LoadBand.Low)]
    [InlineData(0.6, LoadBand.Normal)]
    [InlineData(0.9, LoadBand.Full)]
    [InlineData(1.0, LoadBand.Full)]
    public void BandOf_ShareOfTheirOwnCapacity(double allocation, LoadBand expected)
    {
        var view = View([("Ana", Plan(1, [Project(1, "Churn", allocation, PhaseKind.DataWrangling, -2, 8, share: 1)], capacity: 32))]);

        var cell = HeatmapData.Create(view, Localizers.English).Rows[0].Cells[2];

        Assert.Equal(expected, cell.Band);
        Assert.Equal((int)(allocation * 100), cell.Percent);
    }

    [Fact]
    public void Create_TwoProjectsOverCapacity_MarkedOverAndExplainedProjectByProject()
    {
        var view = View([("Ben", Plan(2, [Project(1, "Churn", 0.8, PhaseKind.DataWrangling, -2, 8, 1), Project(2, "Demand", 0.4, PhaseKind.ModelDevelopment, -2, 8, 1)]))]);

        var cell = HeatmapData.Create(view, Localizers.English).Rows[0].Cells[2];

        Assert.Equal(LoadBand.Over, cell.Band);
        Assert.True(cell.IsOver);
        Assert.Equal(120, cell.Percent);
        Assert.Equal("Ben · 2026-W48: 48 h of 40 h (120%), planned", cell.Lines[0]);
        Assert.Equal("Data wrangling in Churn (≈ 32 h/week)", cell.Lines[1]);
        Assert.Equal("Model development in Demand (≈ 16 h/week)", cell.Lines[2]);
        Assert.Equal("Over capacity by 8 h", cell.Lines[3]);
        Assert.Equal("Ben, 2026-W48: 48 h of 40 h, 120%, over capacity", cell.Label);
    }

    [Fact]
    public void Create_QuietWeeksWithASideActivity_InTheWindowWithTheActivityNamed()
    {
        var side = new SideCommitment("Technical article", Current.AddWeeks(1).Monday, Current.AddWeeks(2).Monday.AddDays(4), 5);
        var view = View([("Ana", Plan(1, [Project(1, "Churn", 1, PhaseKind.DataWrangling, -2, 0, 1)], side: [side]))]);

        var data = HeatmapData.Create(view, Localizers.English);
        var cell = data.Rows[0].Cells[3];

        Assert.True(cell.InWindow);
        Assert.Equal(LoadBand.Low, cell.Band);
        Assert.Equal(Current.AddWeeks(1), cell.Window!.Start);
        Assert.Contains("no project work planned", cell.Lines);
        Assert.Contains("Side activities: 5 h — Technical article", cell.Lines);
        Assert.Contains(cell.Lines, l => l.StartsWith("In the window 2026-W49 to ", StringComparison.Ordinal));
        Assert.EndsWith(", in a low-involvement window", cell.Label, StringComparison.Ordinal);
        Assert.Equal(2, data.CurrentColumn);
        Assert.Equal((50, 90), (data.LowPercent, data.FullPercent));
    }

    [Fact]
    public void Create_ALoggedPastWeek_ExplainedByWhatWasLogged()
    {
        var logs = new[] { new LoggedHours(Current.AddWeeks(-1), PhaseKind.DataLabeling, 30, "Churn") };
        var view = View([("Ana", Plan(1, [Project(1, "Churn", 1, PhaseKind.DataWrangling, -2, 8, 1)], logs))]);

        var cell = HeatmapData.Create(view, Localizers.English).Rows[0].Cells[1];

        Assert.Equal("Ana · 2026-W47: 30 h of 40 h (75%), logged", cell.Lines[0]);
        Assert.Equal("Data labeling in Churn (≈ 30 h/week)", cell.Lines[1]);
        Assert.True(cell.IsPast);
    }
}

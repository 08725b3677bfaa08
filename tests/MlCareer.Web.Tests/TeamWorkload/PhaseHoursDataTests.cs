using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.TeamWorkload;
using static MlCareer.Web.Tests.TeamWorkload.TeamViews;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>The team's hours by phase kind: the engine's figures added up, logged and planned for past weeks, narrowed by the filters.</summary>
public class PhaseHoursDataTests
{
    private static readonly (string, EngineerPlan)[] Team =
    [
        ("Ana", Plan(1, [Project(1, "Churn", 0.5, PhaseKind.DataWrangling, -2, 3, 1), Project(2, "OCR", 0.5, PhaseKind.DataLabeling, -2, 1, 1)],
            [new LoggedHours(Current.AddWeeks(-1), PhaseKind.DataWrangling, 10, "Churn"), new LoggedHours(Current.AddWeeks(-1), PhaseKind.DataLabeling, 4, "OCR")])),
        ("Ben", Plan(2, [Project(1, "Churn", 0.25, PhaseKind.DataWrangling, -2, 3, 1)], side: [new SideCommitment("Talk", Current.Monday, Current.Monday.AddDays(4), 5)])),
    ];

    [Fact]
    public void Create_NoFilter_EveryKindAndSideActivities_LoggedPastWeeksWithTheirPlanAndTheTeamCapacity()
    {
        var data = PhaseHoursData.Create(View(Team), Localizers.English);

        var lastWeek = data.Weeks[1];
        Assert.Equal(7, data.Bars.Count);
        Assert.Equal(10 + 10, lastWeek.ByKind[PhaseKinds.Index(PhaseKind.DataWrangling)]);
        Assert.Equal(4, lastWeek.ByKind[PhaseKinds.Index(PhaseKind.DataLabeling)]);
        Assert.Equal(40 + 10, lastWeek.PlannedHours);
        Assert.Equal(5, data.Weeks[2].SideHours);
        Assert.Null(data.Weeks[2].PlannedHours);
        Assert.Equal(["Planned (past weeks)", "Team capacity"], data.Lines.Select(l => l.Name));
        Assert.Equal([80.0, 80, 80, 80, 80, 80, 80, 80], data.Lines[1].Data.Values);
    }

    [Fact]
    public void Create_ProjectFilter_LoggedHoursOfThatProjectForLoggedWeeksAndItsPlanOtherwise()
    {
        var logged = new[] { new ProjectKindHours(1, Current.AddWeeks(-1), 1, PhaseKind.DataWrangling, 10) };
        var view = View(Team, filter: TeamFilter.Default with { ProjectId = 1 }, logged: logged);

        var data = PhaseHoursData.Create(view, Localizers.English);

        Assert.Equal(6, data.Bars.Count);
        Assert.False(data.ShowsSide);
        Assert.Equal(10 + 10, data.Weeks[1].ByKind[PhaseKinds.Index(PhaseKind.DataWrangling)]);
        Assert.Equal(0, data.Weeks[1].ByKind[PhaseKinds.Index(PhaseKind.DataLabeling)]);
        Assert.Equal(20 + 10, data.Weeks[1].PlannedHours);
        Assert.Equal(30, data.Weeks[2].Total);
        Assert.Single(data.Lines);
    }

    [Fact]
    public void Create_KindFilter_OneSeriesInThatKindsColour()
    {
        var data = PhaseHoursData.Create(View(Team, filter: TeamFilter.Default with { Kind = PhaseKind.DataLabeling }), Localizers.English);

        Assert.Equal(["Data labeling"], data.Bars.Select(b => b.Name));
        Assert.Equal(["#e69f00"], data.BarPalette);
        Assert.Equal(4, data.Weeks[1].Total);
        Assert.Equal(20, data.Weeks[1].PlannedHours);
        Assert.Equal(0, data.Weeks[4].Total);
    }
}

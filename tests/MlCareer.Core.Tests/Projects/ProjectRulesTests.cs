using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class ProjectRulesTests
{
    private static readonly Project Churn = new()
    {
        Id = 1,
        TeamId = 10,
        Name = "Churn",
        Assignments = [new Assignment { EngineerId = 100, Allocation = new Share(0.6) }],
    };

    [Theory]
    [InlineData(100, 10, false, true)]
    [InlineData(101, 10, true, true)]
    [InlineData(101, 10, false, false)]
    [InlineData(102, 20, true, false)]
    [InlineData(100, 20, false, true)]
    public void CanEdit_LeadOfTheTeamOrAssignedEngineer_Only(int engineerId, int teamId, bool isLead, bool expected)
    {
        var actor = new ProjectActor(engineerId, teamId, isLead);

        Assert.Equal(expected, actor.CanEdit(Churn));
    }

    [Theory]
    [InlineData(101, 10, true)]
    [InlineData(102, 20, false)]
    [InlineData(100, 20, true)]
    [InlineData(103, null, false)]
    public void CanView_TeamMembersAndAssignedEngineers(int engineerId, int? teamId, bool expected)
    {
        Assert.Equal(expected, new ProjectActor(engineerId, teamId, false).CanView(Churn));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(60, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void IsValidPercent_FiveToHundred(int percent, bool expected)
    {
        Assert.Equal(expected, Allocation.IsValidPercent(percent));
    }

    [Fact]
    public void FromPercent_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Allocation.FromPercent(120));
    }

    [Theory]
    [InlineData(new[] { 0.6, 0.4 }, 100, false)]
    [InlineData(new[] { 0.7, 0.3, 0.05 }, 105, true)]
    [InlineData(new double[0], 0, false)]
    public void Total_SumsAndFlagsOverHundred(double[] shares, int total, bool over)
    {
        Assert.Equal((total, over), Allocation.Total(shares.Select(s => new Share(s))));
    }

    [Theory]
    [InlineData(ProjectStatus.Planned, true)]
    [InlineData(ProjectStatus.Active, true)]
    [InlineData(ProjectStatus.OnHold, false)]
    [InlineData(ProjectStatus.Done, false)]
    public void Counts_OnlyPlannedAndActiveProjects(ProjectStatus status, bool expected)
    {
        Assert.Equal(expected, Allocation.Counts(status));
    }
}

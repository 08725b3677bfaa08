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
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(150)]
    public void TryFromPercent_OutOfRange_RefusedNeverClamped(int percent)
    {
        var violation = Allocation.TryFromPercent(percent, "Allocation", out var allocation);

        Assert.Equal((RuleCode.OutOfRange, "Allocation"), (violation!.Code, violation.Field));
        Assert.Equal([Allocation.MinPercent, Allocation.MaxPercent], violation.Args);
        Assert.Equal(default, allocation);
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
    [InlineData(ProjectStatus.Planned, false, true)]
    [InlineData(ProjectStatus.Active, false, true)]
    [InlineData(ProjectStatus.Active, true, false)]
    [InlineData(ProjectStatus.OnHold, false, false)]
    [InlineData(ProjectStatus.Done, false, false)]
    [InlineData(ProjectStatus.Cancelled, false, false)]
    public void Counts_OnlyPlannedAndActiveProjectsThatAreNotArchived(ProjectStatus status, bool archived, bool expected)
    {
        Assert.Equal(expected, Project.Counts(status, archived));
    }

    [Fact]
    public void AddRemoveAndMovePhases_KeepThePlanNumberedOneToN()
    {
        var project = new Project { Name = "Plan" };
        var phases = PhaseKinds.All.Select(k => new Phase { Kind = k }).ToList();
        phases.ForEach(project.AddPhase);

        project.RemovePhase(phases[1]);
        var moved = project.MovePhase(phases[5], -2);
        var cannotMove = project.MovePhase(phases[0], -1);

        Assert.Equal([1, 2, 3, 4, 5], project.Phases.OrderBy(p => p.Order).Select(p => p.Order));
        Assert.Equal(
            [PhaseKind.ProblemUnderstanding, PhaseKind.DataLabeling, PhaseKind.Deployment, PhaseKind.DataWrangling, PhaseKind.ModelDevelopment],
            project.Phases.OrderBy(p => p.Order).Select(p => p.Kind));
        Assert.True(moved);
        Assert.False(cannotMove);
    }

    [Fact]
    public void ReorderPhases_MustNameEveryPhaseOnce()
    {
        var project = new Project { Name = "Plan" };
        project.AddPhase(new Phase { Id = 7, Kind = PhaseKind.DataCollection });
        project.AddPhase(new Phase { Id = 8, Kind = PhaseKind.DataLabeling });

        var partial = project.ReorderPhases([8]);
        var full = project.ReorderPhases([8, 7]);

        Assert.False(partial);
        Assert.True(full);
        Assert.Equal([8, 7], project.Phases.OrderBy(p => p.Order).Select(p => p.Id));
    }

    [Fact]
    public void ArchiveAndRestore_StopAndResumeCountingAhead()
    {
        var project = new Project { Name = "Plan" };
        project.TrySetStatus(ProjectStatus.Active);

        project.Archive(new DateOnly(2026, 11, 25));
        var archived = (project.IsArchived, project.CountsAhead, project.ArchivedOn);
        project.Restore();

        Assert.Equal((true, false, (DateOnly?)new DateOnly(2026, 11, 25)), archived);
        Assert.True(project.CountsAhead);
    }

    [Fact]
    public void CheckDeletable_OnlyWithoutLoggedHours()
    {
        Assert.Null(Project.CheckDeletable(0));
        Assert.Equal([12], Project.CheckDeletable(12)!.Args);
    }

    [Fact]
    public void TrySetStatus_UnknownValue_Refused()
    {
        var project = new Project { Name = "Plan" };

        var violation = project.TrySetStatus((ProjectStatus)42);

        Assert.Equal(RuleCode.UnknownValue, violation!.Code);
        Assert.Equal(ProjectStatus.Planned, project.Status);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    [InlineData(101)]
    public void TrySetAllocation_OutsideFiveToAHundredPercent_RefusedAndTheOldOneKept(int percent)
    {
        var assignment = new Assignment { EngineerId = 1, Allocation = Share.FromPercent(60) };

        var violation = assignment.TrySetAllocation(percent);

        Assert.Equal((RuleCode.OutOfRange, nameof(Assignment.Allocation)), (violation?.Code, violation?.Field));
        Assert.Equal(60, assignment.Allocation.ToPercent());
    }

    [Theory]
    [InlineData(5, 0.05)]
    [InlineData(65, 0.65)]
    [InlineData(100, 1.0)]
    public void TrySetAllocation_AWholePercent_Stored(int percent, double share)
    {
        var assignment = new Assignment { EngineerId = 1, Allocation = Share.FromPercent(60) };

        var violation = assignment.TrySetAllocation(percent);

        Assert.Null(violation);
        Assert.Equal(share, assignment.Allocation.Value, 6);
    }
}

using MlCareer.Core.Common;
using MlCareer.Core.Teams;

namespace MlCareer.Core.Tests.Teams;

public class TeamAccessTests
{
    [Theory]
    [InlineData(10, true, false, 10, true)]
    [InlineData(10, true, false, 20, false)]
    [InlineData(10, false, false, 10, false)]
    [InlineData(null, true, false, 10, false)]
    [InlineData(null, false, true, 20, true)]
    [InlineData(10, false, true, 20, true)]
    public void CanRead_LeadOwnTeamAdminAnyEngineerNone(int? ownTeam, bool lead, bool admin, int team, bool expected)
    {
        Assert.Equal(expected, new TeamActor(ownTeam, lead, admin).CanRead(team));
    }

    [Theory]
    [InlineData(10, true, false, null, false)]
    [InlineData(null, false, true, null, true)]
    [InlineData(10, true, false, 10, true)]
    public void CanReadMember_ATeamlessMember_OnlyAnAdmin(int? ownTeam, bool lead, bool admin, int? memberTeam, bool expected)
    {
        Assert.Equal(expected, new TeamActor(ownTeam, lead, admin).CanReadMember(memberTeam));
    }

    [Theory]
    [InlineData(10, false, false, 10, true)]
    [InlineData(10, false, false, 20, false)]
    [InlineData(10, true, false, 20, false)]
    [InlineData(10, false, true, 20, true)]
    public void CanCreateProjectIn_OwnTeamOrAnyForAnAdmin(int? ownTeam, bool lead, bool admin, int team, bool expected)
    {
        Assert.Equal(expected, new TeamActor(ownTeam, lead, admin).CanCreateProjectIn(team));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, RuleCode.TeamNotEmpty)]
    [InlineData(0, 3, RuleCode.TeamNotEmpty)]
    public void CheckDeletable_OnlyWithoutMembersAndProjects(int members, int projects, RuleCode? expected)
    {
        var violation = Team.CheckDeletable(members, projects);

        Assert.Equal(expected, violation?.Code);
        Assert.Equal(expected is null ? null : new object[] { members, projects }, violation?.Args);
    }
}

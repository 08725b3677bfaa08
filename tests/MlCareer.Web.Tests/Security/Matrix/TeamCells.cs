using MlCareer.Web.Features.TeamWorkload;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for team workload: reads that name Self's team or Self, and the lead's own-team views.</summary>
public static class TeamCells
{
    private static CancellationToken Ct => Cell.Ct;

    public static IEnumerable<MethodCells> All()
    {
        var teams = new Rows<TeamService>();
        // An engineer gets no choice (their projects go to their own team); a lead gets their team; an admin every team.
        yield return teams.Read(nameof(TeamService.GetChoicesAsync), OwnTeamLeadOrAdmin.Refusing(Outcome.Nothing), (s, _) => s.GetChoicesAsync(Ct));
        yield return teams.Read(nameof(TeamService.GetAsync), TeamReaders, (s, c) => s.GetAsync(new TeamFilter(c.World.OwnTeamId, null, null, null, null), Ct));

        var members = new Rows<TeamMemberService>();
        yield return members.Read(nameof(TeamMemberService.GetMemberAsync), TeamReaders, (s, c) => s.GetMemberAsync(c.World.SelfEngineerId, Ct));
        yield return members.Read(nameof(TeamMemberService.GetSummaryAsync), OwnTeamLead, (s, _) => s.GetSummaryAsync(Ct));
        yield return members.Read(nameof(TeamMemberService.GetReadableAsync), TeamReaders.Refusing(Outcome.Nothing), (s, c) => s.GetReadableAsync([c.World.SelfEngineerId], Ct));

        var workloads = new Rows<TeamWorkloadService>();
        yield return workloads.Read(nameof(TeamWorkloadService.GetAsync), TeamReaders, (s, c) => s.GetAsync(c.World.OwnTeamId, Ct));
        yield return workloads.Read(nameof(TeamWorkloadService.GetMyTeamAsync), OwnTeamLeadOrAdmin, (s, _) => s.GetMyTeamAsync(Ct));
    }
}

using MlCareer.Web.Features.TeamWorkload;

namespace MlCareer.Web.Features.Api;

/// <summary>A team's engineers with their workloads.</summary>
public sealed record TeamWorkloadDto(int TeamId, string Team, string CurrentWeek, IReadOnlyList<MemberWorkloadDto> Engineers)
{
    public static TeamWorkloadDto From(TeamWeeks team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(team.TeamId, team.TeamName, team.CurrentWeek.ToString(),
            [.. team.Members.Select(m => new MemberWorkloadDto(m.EngineerId, m.DisplayName, WorkloadDto.From(m.Workload, team.CurrentWeek)))]);
    }
}

/// <summary>One engineer of a team and their workload.</summary>
public sealed record MemberWorkloadDto(int EngineerId, string Name, WorkloadDto Workload);

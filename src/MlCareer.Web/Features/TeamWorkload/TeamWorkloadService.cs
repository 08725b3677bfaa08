using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>One member of a team with their weeks and windows.</summary>
public sealed record MemberWeeks(int EngineerId, string DisplayName, EngineerWorkload Workload);

/// <summary>A team's engineers, each with their weeks and windows, as the engine computes them now.</summary>
public sealed record TeamWeeks(int TeamId, string TeamName, IsoWeek CurrentWeek, IReadOnlyList<MemberWeeks> Members);

/// <summary>
/// A team's workload for the API and the CSV export: what the team page's <see cref="TeamService"/> answers
/// (the same access rule — a lead of that team or an admin — and the same weeks), without the page's shaping.
/// </summary>
public sealed class TeamWorkloadService(TeamService teams)
{
    public Task<Result<TeamWeeks>> GetAsync(int teamId, CancellationToken cancellationToken = default) => teams.WeeksAsync(teamId, cancellationToken);

    /// <summary>The caller's own team (the export's "my team").</summary>
    public Task<Result<TeamWeeks>> GetMyTeamAsync(CancellationToken cancellationToken = default) => teams.WeeksAsync(null, cancellationToken);
}

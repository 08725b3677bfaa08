using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Workload;

/// <summary>One member of a team with their workload.</summary>
public sealed record MemberWorkload(int EngineerId, string DisplayName, EngineerWorkload Workload);

/// <summary>A team's engineers, each with their weeks and windows, as the engine computes them now.</summary>
public sealed record TeamWorkload(int TeamId, string TeamName, IsoWeek CurrentWeek, IReadOnlyList<MemberWorkload> Members);

/// <summary>
/// The workload of every engineer of a team, for a lead of that team or an admin; anyone else is refused
/// (a lead of another team too). Roles and team come from the database on every call.
/// </summary>
public sealed class TeamWorkloadService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<Result<TeamWorkload>> GetAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller
            || !(caller.IsAdmin || (caller.IsTeamLead && caller.TeamId == teamId)))
        {
            return Result<TeamWorkload>.Forbidden();
        }

        if (await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is not { } teamName)
        {
            return Result<TeamWorkload>.Fail(InputValidation.NotFound());
        }

        var members = await db.Engineers.AsNoTracking().Where(e => e.TeamId == teamId)
            .OrderBy(e => e.DisplayName).Select(e => new { e.Id, e.DisplayName }).ToListAsync(cancellationToken);
        var rules = await WorkloadLoader.RulesAsync(db, cancellationToken);
        var today = time.Today();
        var current = IsoWeek.FromDate(today);
        var calculator = WorkloadCalculator.ForHorizon(rules, current, WorkloadService.PastWeeks);
        var plans = (await WorkloadLoader.PlansAsync(db, [.. members.Select(m => m.Id)], calculator.Weeks[0], today, cancellationToken))
            .ToDictionary(p => p.EngineerId);
        return Result<TeamWorkload>.Ok(new TeamWorkload(teamId, teamName, current,
            [.. members.Select(m => new MemberWorkload(m.Id, m.DisplayName, calculator.Compute(plans[m.Id])))]));
    }

    /// <summary>The caller's own team, for a lead (the export's "my team").</summary>
    public async Task<Result<TeamWorkload>> GetMyTeamAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await currentUser.GetCallerAsync(db, cancellationToken) is { TeamId: { } teamId, IsTeamLead: true }
            ? await GetAsync(teamId, cancellationToken)
            : Result<TeamWorkload>.Forbidden();
    }
}

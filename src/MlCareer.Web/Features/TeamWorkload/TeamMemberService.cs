using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>One member's workload, read-only, with their name.</summary>
public sealed record MemberWorkload(int EngineerId, string Name, string? TeamName, MyWorkload Workload);

/// <summary>A member over capacity in a week: their load and capacity, hours per ISO week.</summary>
public sealed record OverCapacity(TeamMember Member, IsoWeek Week, double LoadHours, double CapacityHours);

/// <summary>A lead's team at a glance: who is over capacity this week and next, and the next window two or more members share.</summary>
public sealed record TeamSummary(TeamChoice Team, IsoWeek ThisWeek, IReadOnlyList<OverCapacity> OverThisWeek, IReadOnlyList<OverCapacity> OverNextWeek, TeamChance? NextShared);

/// <summary>
/// Members' workloads for the people allowed to see them (<see cref="TeamAccess"/>): a member's own view, read-only, for a
/// lead of their team or an admin; the lead's home summary; and which names on a project page link to a workload.
/// </summary>
public sealed class TeamMemberService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, WorkloadReader workloads)
{
    /// <summary>The same weeks and windows My workload shows the member; Forbidden for anyone but their team's lead or an admin.</summary>
    public async Task<Result<MemberWorkload>> GetMemberAsync(int engineerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ActorAsync(db, cancellationToken) is not { } actor)
        {
            return Result<MemberWorkload>.Forbidden();
        }

        var member = await db.Engineers.AsNoTracking().Where(e => e.Id == engineerId)
            .Select(e => new { e.DisplayName, e.TeamId, TeamName = db.Teams.Where(t => t.Id == e.TeamId).Select(t => t.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null || !actor.CanReadMember(member.TeamId))
        {
            // Not telling apart "no such engineer" from "not yours" keeps other teams' people private.
            return member is null && actor.IsAdmin ? Result<MemberWorkload>.Fail(InputValidation.NotFound()) : Result<MemberWorkload>.Forbidden();
        }

        return Result<MemberWorkload>.Ok(new MemberWorkload(
            engineerId, member.DisplayName, member.TeamName, await workloads.EngineerAsync(db, engineerId, WorkloadReader.PastWeeks, cancellationToken)));
    }

    /// <summary>The caller's team this week and next, when the caller leads a team; Forbidden otherwise.</summary>
    public async Task<Result<TeamSummary>> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is not { LedTeamId: { } teamId })
        {
            return Result<TeamSummary>.Forbidden();
        }

        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new TeamChoice(t.Id, t.Name)).FirstAsync(cancellationToken);
        var current = time.CurrentWeek();
        var members = await TeamLoader.MembersAsync(db, teamId, cancellationToken);
        var window = TeamFilter.Default with { From = current, To = current.AddWeeks(1) };
        var loads = TeamService.Loads(members, window, await workloads.TeamAsync(db, [.. members.Select(m => m.EngineerId)], current, cancellationToken));
        var chances = TeamService.Chances(loads);
        return Result<TeamSummary>.Ok(new TeamSummary(team, current, Over(loads, current), Over(loads, current.AddWeeks(1)), chances.Count > 0 ? chances[0] : null));
    }

    /// <summary>Of <paramref name="engineerIds"/>, those whose workload the caller may open; empty for an engineer.</summary>
    public async Task<IReadOnlySet<int>> GetReadableAsync(IReadOnlyCollection<int> engineerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engineerIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ActorAsync(db, cancellationToken) is not { } actor)
        {
            return new HashSet<int>();
        }

        var teams = await db.Engineers.AsNoTracking().Where(e => engineerIds.Contains(e.Id)).Select(e => new { e.Id, e.TeamId }).ToListAsync(cancellationToken);
        return teams.Where(e => actor.CanReadMember(e.TeamId)).Select(e => e.Id).ToHashSet();
    }

    /// <summary>The caller as a team actor, or null when they are neither a lead nor an admin.</summary>
    private async Task<TeamActor?> ActorAsync(MlCareerDbContext db, CancellationToken cancellationToken) =>
        await currentUser.GetCallerAsync(db, cancellationToken) is { ReadsTeams: true } caller
            ? caller.Actor
            : null;

    private static List<OverCapacity> Over(IReadOnlyList<TeamMemberLoad> loads, IsoWeek week) =>
        [.. loads.Select(l => (l.Member, Week: l.Workload.Weeks.FirstOrDefault(w => w.Week == week)))
            .Where(x => x.Week is { IsOverAllocated: true })
            .Select(x => new OverCapacity(x.Member, week, x.Week!.LoadHours, x.Week.CapacityHours))];
}

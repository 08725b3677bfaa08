using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>
/// The team page's data: members' weeks, windows and chances, the team's projects, hours by phase kind and
/// outcomes. Leads read their own team and admins any team (<see cref="TeamAccess"/>, checked against the
/// database on every call); everyone else gets Forbidden, whatever team they ask for. Nothing here writes.
/// </summary>
public sealed class TeamService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, WorkloadReader workloads)
{
    /// <summary>The teams the caller may pick (a new project's team), with their own first chosen; none for an engineer, whose projects go to their own team.</summary>
    public async Task<TeamChoices> GetChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return TeamChoices.None;
        }

        var teams = await TeamLoader.ChoicesAsync(db, caller, cancellationToken);
        return new TeamChoices(teams, caller.TeamId ?? (teams.Count > 0 ? teams[0].Id : null));
    }

    /// <summary>
    /// The team of <paramref name="filter"/> (the caller's own when it names none; an admin without a team gets the
    /// first by name) over its weeks, narrowed to its project and phase kind. Bad ranges and projects of other
    /// teams are refused with a message.
    /// </summary>
    public async Task<Result<TeamView>> GetAsync(TeamFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var opened = await OpenAsync(db, filter, cancellationToken);
        if (opened.Value is not { } at)
        {
            return Result<TeamView>.Fail(opened.Error!);
        }

        var (team, choices, resolved, rules, today) = at;
        var current = IsoWeek.FromDate(today);
        var projects = await TeamLoader.ProjectsAsync(db, team.Id, cancellationToken);
        if (resolved.ProjectId is { } projectId && projects.All(p => p.Id != projectId))
        {
            return Result<TeamView>.Invalid("Team.Filter.UnknownProject", nameof(TeamFilter.ProjectId));
        }

        var members = await TeamLoader.MembersAsync(db, team.Id, cancellationToken);
        if (resolved.ProjectId is { } onProject)
        {
            var assigned = projects.Single(p => p.Id == onProject).Assignments.Select(a => a.EngineerId).ToHashSet();
            members = [.. members.Where(m => assigned.Contains(m.EngineerId))];
        }

        var loads = await LoadsAsync(db, members, resolved, rules, cancellationToken);
        var ids = members.Select(m => m.EngineerId).ToList();
        var logged = resolved.ProjectId is { } logProject && resolved.From < current
            ? await TeamLoader.LoggedAsync(db, ids, logProject, resolved.From!.Value, current, cancellationToken)
            : [];
        var outcomes = Outcomes(members, await TeamLoader.EngagementsAsync(db, ids, Core.Activities.Outcomes.YearOf(today).Start, cancellationToken), today);
        return Result<TeamView>.Ok(new TeamView(team, choices, resolved, current, today, rules, loads, projects, new Share(rules.MonitoringShare), logged, Chances(loads), outcomes));
    }

    /// <summary>
    /// The members of <paramref name="teamId"/>'s team (the caller's own when null) with their weeks and windows over
    /// the team page's default weeks, under the team page's access rule, without the page's projects, logs and outcomes.
    /// </summary>
    internal async Task<Result<TeamWeeks>> WeeksAsync(int? teamId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var opened = await OpenAsync(db, new TeamFilter(teamId, null, null, null, null), cancellationToken);
        if (opened.Value is not { } at)
        {
            return Result<TeamWeeks>.Fail(opened.Error!);
        }

        var members = await TeamLoader.MembersAsync(db, at.Team.Id, cancellationToken);
        var loads = await LoadsAsync(db, members, at.Resolved, at.Rules, cancellationToken);
        return Result<TeamWeeks>.Ok(new TeamWeeks(at.Team.Id, at.Team.Name, IsoWeek.FromDate(at.Today),
            [.. loads.Select(m => new MemberWeeks(m.Member.EngineerId, m.Member.Name, m.Workload))]));
    }

    /// <summary>
    /// The team of <paramref name="filter"/> (the caller's own when it names none; an admin without a team gets the
    /// first by name) if the caller may read it, with its weeks resolved; Forbidden, not found or a bad range otherwise.
    /// </summary>
    private async Task<Result<OpenTeam>> OpenAsync(MlCareerDbContext db, TeamFilter filter, CancellationToken cancellationToken)
    {
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is not { ReadsTeams: true })
        {
            return Result<OpenTeam>.Forbidden();
        }

        var choices = await TeamLoader.ChoicesAsync(db, caller, cancellationToken);
        var teamId = filter.TeamId ?? caller.TeamId ?? (choices.Count > 0 ? choices[0].Id : null);
        if (teamId is not { } id || !caller.Actor.CanRead(id))
        {
            return teamId is null ? Result<OpenTeam>.Invalid("Team.NoTeam") : Result<OpenTeam>.Forbidden();
        }

        if (choices.FirstOrDefault(c => c.Id == id) is not { } team)
        {
            return Result<OpenTeam>.Fail(InputValidation.NotFound());
        }

        var rules = await WorkloadReader.RulesAsync(db, cancellationToken);
        var today = time.Today();
        var current = IsoWeek.FromDate(today);
        var resolved = filter with { TeamId = id, From = filter.From ?? current.AddWeeks(-TeamFilter.PastWeeks), To = filter.To ?? current.AddWeeks(rules.HorizonWeeks - 1) };
        return CheckRange(resolved.From!.Value, resolved.To!.Value) is { } badRange
            ? Result<OpenTeam>.Fail(badRange)
            : Result<OpenTeam>.Ok(new OpenTeam(team, choices, resolved, rules, today));
    }

    private sealed record OpenTeam(TeamChoice Team, IReadOnlyList<TeamChoice> Choices, TeamFilter Resolved, WorkloadRules Rules, DateOnly Today);

    /// <summary>Where teammates' windows overlap: the chances for a team activity.</summary>
    internal static IReadOnlyList<TeamChance> Chances(IEnumerable<TeamMemberLoad> loads) =>
        TeamChances.Find(loads.SelectMany(l => l.Workload.Windows.Select(w => new MemberWindow(l.Member.EngineerId, l.Member.Name, w.Start, w.End))));

    /// <summary>Every member's plan read through <see cref="WorkloadReader"/> from the shown range's first week, computed by <see cref="Loads"/>.</summary>
    private async Task<IReadOnlyList<TeamMemberLoad>> LoadsAsync(
        MlCareerDbContext db, IReadOnlyList<TeamMember> members, TeamFilter resolved, WorkloadRules rules, CancellationToken cancellationToken) =>
        Loads(members, resolved, await workloads.TeamAsync(db, [.. members.Select(m => m.EngineerId)], resolved.From!.Value, rules, cancellationToken));

    /// <summary>
    /// Computes every member's weeks over the shown range extended to the whole horizon (so windows are the
    /// same as on My workload), every week explained; with a project or kind filter, also the plan of the past weeks.
    /// </summary>
    internal static IReadOnlyList<TeamMemberLoad> Loads(IReadOnlyList<TeamMember> members, TeamFilter resolved, WorkloadPlans plans)
    {
        var calculator = plans.Through(resolved.To!.Value);
        var past = resolved.NarrowsPlan ? plans.Past() : null;
        return [.. members.Select(m => new TeamMemberLoad(
            m,
            calculator.Compute(plans.Of(m.EngineerId), explainEveryWeek: true),
            plans.Of(m.EngineerId).SideActivities,
            past?.Compute(plans.Of(m.EngineerId) with { Logs = [] }, explainEveryWeek: true)))];
    }

    private static ResultError? CheckRange(IsoWeek from, IsoWeek to) =>
        to < from ? new ResultError(ErrorKind.Invalid, "Team.Filter.EndBeforeStart", nameof(TeamFilter.To))
        : from.WeeksUntil(to) + 1 > TeamFilter.MaxWeeks ? new ResultError(ErrorKind.Invalid, "Team.Filter.TooLong", nameof(TeamFilter.To), TeamFilter.MaxWeeks)
        : null;

    private static TeamOutcomes Outcomes(IReadOnlyList<TeamMember> members, ILookup<int, KindedEngagement> engagements, DateOnly today)
    {
        var (quarter, year) = (Core.Activities.Outcomes.QuarterOf(today), Core.Activities.Outcomes.YearOf(today));
        var people = members.Select(m => new MemberOutcome(
            m, Core.Activities.Outcomes.Count(engagements[m.EngineerId], quarter, today), Core.Activities.Outcomes.Count(engagements[m.EngineerId], year, today))).ToList();
        return new TeamOutcomes(quarter, year, people, Core.Activities.Outcomes.Sum(people.Select(p => p.Quarter)), Core.Activities.Outcomes.Sum(people.Select(p => p.Year)));
    }
}

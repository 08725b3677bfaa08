using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Workload;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>
/// The team page's data: members' weeks, windows and chances, the team's projects, hours by phase kind and
/// outcomes. Leads read their own team and admins any team (<see cref="TeamAccess"/>, checked against the
/// database on every call); everyone else gets Forbidden, whatever team they ask for. Nothing here writes.
/// </summary>
public sealed class TeamService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
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
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null || !(caller.IsTeamLead || caller.IsAdmin))
        {
            return Result<TeamView>.Forbidden();
        }

        var choices = await TeamLoader.ChoicesAsync(db, caller, cancellationToken);
        var teamId = filter.TeamId ?? caller.TeamId ?? (choices.Count > 0 ? choices[0].Id : null);
        if (teamId is not { } id || !new TeamActor(caller.TeamId, caller.IsTeamLead, caller.IsAdmin).CanRead(id))
        {
            return teamId is null ? Result<TeamView>.Invalid("Team.NoTeam") : Result<TeamView>.Forbidden();
        }

        if (choices.FirstOrDefault(c => c.Id == id) is not { } team)
        {
            return Result<TeamView>.Fail(InputValidation.NotFound());
        }

        var rules = await WorkloadLoader.RulesAsync(db, cancellationToken);
        var today = time.Today();
        var current = IsoWeek.FromDate(today);
        var resolved = filter with { TeamId = id, From = filter.From ?? current.AddWeeks(-TeamFilter.PastWeeks), To = filter.To ?? current.AddWeeks(rules.HorizonWeeks - 1) };
        if (CheckRange(resolved.From!.Value, resolved.To!.Value) is { } badRange)
        {
            return Result<TeamView>.Fail(badRange);
        }

        var projects = await TeamLoader.ProjectsAsync(db, id, cancellationToken);
        if (resolved.ProjectId is { } projectId && projects.All(p => p.Id != projectId))
        {
            return Result<TeamView>.Invalid("Team.Filter.UnknownProject", nameof(TeamFilter.ProjectId));
        }

        var members = await TeamLoader.MembersAsync(db, id, cancellationToken);
        if (resolved.ProjectId is { } onProject)
        {
            var assigned = projects.Single(p => p.Id == onProject).Assignments.Select(a => a.EngineerId).ToHashSet();
            members = [.. members.Where(m => assigned.Contains(m.EngineerId))];
        }

        var loads = await LoadsAsync(db, members, resolved, rules, today, cancellationToken);
        var ids = members.Select(m => m.EngineerId).ToList();
        var logged = resolved.ProjectId is { } logProject && resolved.From < current
            ? await TeamLoader.LoggedAsync(db, ids, logProject, resolved.From!.Value, current, cancellationToken)
            : [];
        var settings = await ProjectService.SettingsAsync(db, cancellationToken);
        var outcomes = Outcomes(members, await TeamLoader.EngagementsAsync(db, ids, Core.Activities.Outcomes.YearOf(today).Start, cancellationToken), today);
        var chances = TeamChances.Find(loads.SelectMany(l => l.Workload.Windows.Select(w => new MemberWindow(l.Member.EngineerId, l.Member.Name, w.Start, w.End))));
        return Result<TeamView>.Ok(new TeamView(team, choices, resolved, current, today, rules, loads, projects, settings.MonitoringShare, logged, chances, outcomes));
    }

    /// <summary>
    /// Computes every member's weeks over the shown range extended to the whole horizon (so windows are the
    /// same as on My workload), every week explained; with a project or kind filter, also the plan of the past weeks.
    /// </summary>
    internal static async Task<IReadOnlyList<TeamMemberLoad>> LoadsAsync(
        MlCareerDbContext db, IReadOnlyList<TeamMember> members, TeamFilter resolved, WorkloadRules rules, DateOnly today, CancellationToken cancellationToken)
    {
        var current = IsoWeek.FromDate(today);
        var first = resolved.From!.Value < current ? resolved.From.Value : current;
        var horizonEnd = current.AddWeeks(rules.HorizonWeeks - 1);
        var last = resolved.To!.Value > horizonEnd ? resolved.To.Value : horizonEnd;
        var calculator = new WorkloadCalculator(rules, current, first, first.WeeksUntil(last) + 1);
        var past = resolved.NarrowsPlan && first < current ? new WorkloadCalculator(rules, current, first, first.WeeksUntil(current)) : null;
        var plans = (await WorkloadLoader.PlansAsync(db, [.. members.Select(m => m.EngineerId)], first, today, cancellationToken)).ToDictionary(p => p.EngineerId);
        return [.. members.Select(m => new TeamMemberLoad(
            m,
            calculator.Compute(plans[m.EngineerId], explainEveryWeek: true),
            plans[m.EngineerId].SideActivities,
            past?.Compute(plans[m.EngineerId] with { Logs = [] }, explainEveryWeek: true)))];
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

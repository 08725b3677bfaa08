using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>Reads a team's members, projects, hours by project and side activities; one query each, whatever the team's size.</summary>
internal static class TeamLoader
{
    /// <summary>The teams <paramref name="caller"/> may open: every team for an admin, their own for a lead, none otherwise.</summary>
    public static async Task<IReadOnlyList<TeamChoice>> ChoicesAsync(MlCareerDbContext db, Caller caller, CancellationToken cancellationToken) =>
        caller.IsAdmin ? await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamChoice(t.Id, t.Name)).ToListAsync(cancellationToken)
        : caller.LedTeamId is { } own ? await db.Teams.AsNoTracking().Where(t => t.Id == own).Select(t => new TeamChoice(t.Id, t.Name)).ToListAsync(cancellationToken)
        : [];

    /// <summary>The team's members by name, each with their capacity and whether they hold the team-lead role.</summary>
    public static async Task<IReadOnlyList<TeamMember>> MembersAsync(MlCareerDbContext db, int teamId, CancellationToken cancellationToken)
    {
        var leadRole = db.Roles.Where(r => r.Name == Roles.TeamLead).Select(r => r.Id);
        return await db.Engineers.AsNoTracking()
            .Where(e => e.TeamId == teamId)
            .OrderBy(e => e.DisplayName).ThenBy(e => e.Id)
            .Select(e => new TeamMember(e.Id, e.DisplayName, e.CapacityHours.Value, db.UserRoles.Any(ur => ur.UserId == e.UserId && leadRole.Contains(ur.RoleId))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The team's projects that are not archived, by name, with phases, periods and assignments.</summary>
    public static async Task<IReadOnlyList<Project>> ProjectsAsync(MlCareerDbContext db, int teamId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.TeamId == teamId && p.ArchivedOn == null)
            .Include(p => p.Phases).ThenInclude(p => p.Periods)
            .Include(p => p.Assignments)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>Logged hours of the members on one project, by week and phase kind, for weeks <paramref name="from"/> up to (not including) <paramref name="until"/>.</summary>
    public static async Task<IReadOnlyList<ProjectKindHours>> LoggedAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, int projectId, IsoWeek from, IsoWeek until, CancellationToken cancellationToken)
    {
        var rows = await db.HourLogs.AsNoTracking()
            .Where(h => engineerIds.Contains(h.EngineerId) && h.Week >= from && h.Week < until)
            .Join(db.Phases.Where(p => p.ProjectId == projectId), h => h.PhaseId, p => p.Id, (h, p) => new { h.EngineerId, h.Week, p.Kind, h.Hours })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ProjectKindHours(r.EngineerId, r.Week, projectId, r.Kind, r.Hours.Value))];
    }

    /// <summary>The members' engagements that count on some day from <paramref name="from"/> on or were closed then, with their activity's kind.</summary>
    public static async Task<ILookup<int, KindedEngagement>> EngagementsAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, DateOnly from, CancellationToken cancellationToken)
    {
        var rows = await db.Engagements.AsNoTracking()
            .Where(e => engineerIds.Contains(e.EngineerId) && e.End >= from)
            .Join(db.SideActivities, e => e.SideActivityId, a => a.Id, (e, a) => new { Engagement = e, a.Kind })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Engagement.EngineerId, r => new KindedEngagement(r.Kind, r.Engagement));
    }
}

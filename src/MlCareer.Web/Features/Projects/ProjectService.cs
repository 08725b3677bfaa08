using Microsoft.EntityFrameworkCore.Infrastructure;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Projects of the caller's team: list, read, create from the six-phase template, edit, archive, restore, delete.</summary>
public sealed class ProjectService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    /// <summary>The caller's projects (or their team's), archived ones only when asked for.</summary>
    public async Task<Result<IReadOnlyList<ProjectRow>>> ListAsync(bool mineOnly, bool withArchived = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        if (actor is null)
        {
            return Result<IReadOnlyList<ProjectRow>>.Forbidden();
        }

        var projects = await db.Projects.AsNoTracking()
            .Where(p => mineOnly ? p.Assignments.Any(a => a.EngineerId == actor.EngineerId) : p.TeamId == actor.TeamId || p.Assignments.Any(a => a.EngineerId == actor.EngineerId))
            .Where(p => withArchived || p.ArchivedOn == null)
            .Include(p => p.Phases).Include(p => p.Assignments)
            .OrderBy(p => p.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var today = time.Today();
        IReadOnlyList<ProjectRow> rows = [.. projects.Select(p => new ProjectRow(
            p.Id,
            p.Name,
            p.Status,
            p.IsArchived,
            [.. p.CurrentPhases(today).Select(ph => ph.Kind)],
            p.Assignments.FirstOrDefault(a => a.EngineerId == actor.EngineerId)?.Allocation.ToPercent()))];
        return Result<IReadOnlyList<ProjectRow>>.Ok(rows);
    }

    public async Task<Result<ProjectView>> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        var project = await db.Projects.AsNoTracking()
            .Include(p => p.Phases.OrderBy(ph => ph.Order)).ThenInclude(p => p.Periods.OrderBy(pe => pe.Start))
            .Include(p => p.Assignments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null || actor is null || !actor.CanView(project))
        {
            // Not telling apart "missing" from "not yours" keeps other teams' projects private.
            return Result<ProjectView>.Fail(InputValidation.NotFound());
        }

        var team = await db.Teams.Where(t => t.Id == project.TeamId)
            .Select(t => new
            {
                t.Name,
                Members = db.Engineers.Where(e => e.TeamId == t.Id).OrderBy(e => e.DisplayName).Select(e => new MemberOption(e.Id, e.DisplayName)).ToList(),
            })
            .FirstAsync(cancellationToken);
        var assignments = await AssignmentViewsAsync(db, project, cancellationToken);
        var logged = await LoggedRowsAsync(db, project.Id, cancellationToken);
        var settings = await SettingsAsync(db, cancellationToken);
        var canManage = actor.CanEdit(project);
        return Result<ProjectView>.Ok(new ProjectView(
            project.Id, project.Name, project.Description, project.Status, project.StartDate, project.ArchivedOn, team.Name, project.Version,
            canManage && !project.IsArchived, canManage, logged, project.Phases, assignments, team.Members, time.Today(), settings.MonitoringShare));
    }

    /// <summary>The six-phase template from the admin's settings; empty for a caller who is nobody, as the settings are theirs to read only when signed in.</summary>
    public async Task<IReadOnlyList<PhaseDraftInput>> TemplateAsync(CancellationToken cancellationToken = default)
    {
        if (await currentUser.GetIdAsync() is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await SettingsAsync(db, cancellationToken);
        return [.. PhaseTemplate.Drafts(settings).Select(d => new PhaseDraftInput { Kind = d.Kind, Weeks = d.Weeks, SharePercent = d.SharePercent })];
    }

    /// <summary>
    /// Creates a project from the template rows in the team the input names (the caller's own when it names none);
    /// only a lead of that team or an admin may name another one (<see cref="TeamAccess.CanCreateProjectIn"/>). The caller is assigned to it.
    /// </summary>
    public async Task<Result<int>> CreateAsync(ProjectInput input, IReadOnlyList<PhaseDraftInput> phases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(phases);
        input.Id = null;
        if ((InputValidation.Validate(input) ?? phases.Select(InputValidation.Validate).FirstOrDefault(e => e is not null)) is { } invalid)
        {
            return Result<int>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null)
        {
            return Result<int>.Forbidden();
        }

        if ((input.TeamId ?? caller.TeamId) is not { } teamId)
        {
            return Result<int>.Invalid("Projects.NoTeam");
        }

        if (!caller.Actor.CanCreateProjectIn(teamId))
        {
            return Result<int>.Forbidden();
        }

        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return Result<int>.Invalid("Projects.TeamMissing", nameof(ProjectInput.TeamId));
        }

        var settings = await SettingsAsync(db, cancellationToken);
        var project = new Project { TeamId = teamId, Name = string.Empty };
        var start = input.StartDate!.Value.ToDate();
        var broken = PhaseTemplate.TryBuild(start, phases.Select(p => p.ToDraft()), settings, out var planned)
            ?? project.TryRename(input.Name) ?? project.TryDescribe(input.Description)
            ?? project.TrySetStatus(input.Status) ?? project.TrySetStartDate(start);
        if (broken is not null)
        {
            return Result<int>.Invalid(broken);
        }

        foreach (var phase in planned)
        {
            project.AddPhase(phase);
        }

        project.Assignments.Add(new Assignment { EngineerId = caller.EngineerId, Allocation = Allocation.FromPercent(input.MyAllocationPercent!.Value) });
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(project.Id);
    }

    public async Task<Result> UpdateAsync(ProjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, input.Id ?? 0, cancellationToken);
        if (project is null)
        {
            return Result.Fail(error!);
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        if ((project.TryRename(input.Name) ?? project.TryDescribe(input.Description)
            ?? project.TrySetStatus(input.Status) ?? project.TrySetStartDate(input.StartDate!.Value.ToDate())) is { } broken)
        {
            return Result.Invalid(broken);
        }

        return await db.TrySaveAsync(cancellationToken);
    }

    /// <summary>Archives the project: hidden from lists, read-only, counting nothing from this week on; its history stays.</summary>
    public Task<Result> ArchiveAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        ManageAsync(id, version, (db, project) => { project.Archive(time.Today()); return Task.FromResult<RuleViolation?>(null); }, cancellationToken);

    public Task<Result> RestoreAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        ManageAsync(id, version, (db, project) => { project.Restore(); return Task.FromResult<RuleViolation?>(null); }, cancellationToken);

    /// <summary>Deletes a project nobody has logged hours on, with its phases and assignments.</summary>
    public Task<Result> DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        ManageAsync(id, version, async (db, project) =>
        {
            var violation = Project.CheckDeletable(await LoggedRowsAsync(db, project.Id, cancellationToken));
            if (violation is null)
            {
                db.Projects.Remove(project);
            }

            return violation;
        }, cancellationToken);

    internal static async Task<IReadOnlyList<AssignmentView>> AssignmentViewsAsync(MlCareerDbContext db, Project project, CancellationToken cancellationToken)
    {
        var engineerIds = project.Assignments.Select(a => a.EngineerId).ToList();
        // Each assigned engineer's name with the allocations of all their projects that count ahead, in one query.
        var engineers = await db.Engineers.Where(e => engineerIds.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.DisplayName,
                Allocations = db.Assignments
                    .Where(a => a.EngineerId == e.Id && db.Projects.Where(Project.CountsAheadFilter).Any(p => p.Id == a.ProjectId))
                    .Select(a => a.Allocation).ToList(),
            })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return [.. project.Assignments.OrderBy(a => engineers.GetValueOrDefault(a.EngineerId)?.DisplayName).Select(a =>
        {
            var engineer = engineers.GetValueOrDefault(a.EngineerId);
            var (total, over) = Allocation.Total(engineer?.Allocations ?? []);
            return new AssignmentView(a.EngineerId, engineer?.DisplayName ?? "?", a.Allocation.ToPercent(), total, over, a.Version);
        })];
    }

    internal static async Task<PlanningSettings> SettingsAsync(MlCareerDbContext db, CancellationToken cancellationToken) =>
        await db.GetService<Settings.SettingsCache>().GetAsync(db, cancellationToken);

    private static Task<int> LoggedRowsAsync(MlCareerDbContext db, int projectId, CancellationToken cancellationToken) =>
        db.HourLogs.CountAsync(h => db.Phases.Any(p => p.Id == h.PhaseId && p.ProjectId == projectId), cancellationToken);

    private async Task<Result> ManageAsync(int id, Guid version, Func<MlCareerDbContext, Project, Task<RuleViolation?>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, id, cancellationToken, archivedToo: true);
        if (project is null)
        {
            return Result.Fail(error!);
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = version;
        return await change(db, project) is { } broken ? Result.Invalid(broken) : await db.TrySaveAsync(cancellationToken);
    }
}

using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Projects of the caller's team: list, read, create from the six-phase template, edit.</summary>
public sealed class ProjectService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<ProjectRow>>> ListAsync(bool mineOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        if (actor is null)
        {
            return Result<IReadOnlyList<ProjectRow>>.Forbidden();
        }

        var projects = await db.Projects.AsNoTracking()
            .Where(p => mineOnly ? p.Assignments.Any(a => a.EngineerId == actor.EngineerId) : p.TeamId == actor.TeamId || p.Assignments.Any(a => a.EngineerId == actor.EngineerId))
            .Include(p => p.Phases).Include(p => p.Assignments)
            .OrderBy(p => p.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var today = time.Today();
        IReadOnlyList<ProjectRow> rows = [.. projects.Select(p => new ProjectRow(
            p.Id,
            p.Name,
            p.Status,
            [.. p.Phases.Where(ph => ph.EffectiveStart <= today && ph.EffectiveEnd >= today).OrderBy(ph => ph.Order).Select(ph => ph.Kind)],
            p.Assignments.FirstOrDefault(a => a.EngineerId == actor.EngineerId) is { } mine ? Allocation.ToPercent(mine.Allocation) : null))];
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

        var teamName = await db.Teams.Where(t => t.Id == project.TeamId).Select(t => t.Name).FirstAsync(cancellationToken);
        var members = await db.Engineers.AsNoTracking().Where(e => e.TeamId == project.TeamId)
            .OrderBy(e => e.DisplayName).Select(e => new MemberOption(e.Id, e.DisplayName)).ToListAsync(cancellationToken);
        var assignments = await AssignmentViewsAsync(db, project, cancellationToken);
        return Result<ProjectView>.Ok(new ProjectView(
            project.Id, project.Name, project.Description, project.Status, project.StartDate, teamName, project.Version,
            actor.CanEdit(project), project.Phases, assignments, members, time.Today()));
    }

    public async Task<IReadOnlyList<PhaseDraftInput>> TemplateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? PlanningSettings.CreateDefault();
        return [.. PhaseTemplate.Drafts(settings).Select(d => new PhaseDraftInput { Kind = d.Kind, Weeks = d.Weeks, SharePercent = (int)Math.Round(d.Share * 100) })];
    }

    /// <summary>Creates a project in the caller's team from the template rows; the caller is assigned to it.</summary>
    public async Task<Result<int>> CreateAsync(ProjectInput input, IReadOnlyList<PhaseDraftInput> phases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(phases);
        if ((InputValidation.Validate(input) ?? phases.Select(InputValidation.Validate).FirstOrDefault(e => e is not null)) is { } invalid)
        {
            return Result<int>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        if (actor?.TeamId is not { } teamId)
        {
            return Result<int>.Invalid("Projects.NoTeam");
        }

        var settings = await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? PlanningSettings.CreateDefault();
        var start = input.StartDate!.Value.ToDate();
        var project = new Project
        {
            TeamId = teamId,
            Name = input.Name.Trim(),
            Description = input.Description?.Trim(),
            Status = input.Status,
            StartDate = start,
            Phases = [.. PhaseTemplate.Build(start, phases.Select(p => new PhaseDraft(p.Kind, p.Weeks, p.SharePercent / 100.0, p.Include)), settings)],
            Assignments = [new Assignment { EngineerId = actor.EngineerId, Allocation = Allocation.FromPercent(input.MyAllocationPercent) }],
        };
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
        project.Name = input.Name.Trim();
        project.Description = input.Description?.Trim();
        project.Status = input.Status;
        project.StartDate = input.StartDate!.Value.ToDate();
        return await db.TrySaveAsync(cancellationToken);
    }

    internal static async Task<IReadOnlyList<AssignmentView>> AssignmentViewsAsync(MlCareerDbContext db, Project project, CancellationToken cancellationToken)
    {
        var engineerIds = project.Assignments.Select(a => a.EngineerId).ToList();
        var names = await db.Engineers.Where(e => engineerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, cancellationToken);
        var counted = Allocation.CountedStatuses;
        var all = await db.Assignments.AsNoTracking()
            .Where(a => engineerIds.Contains(a.EngineerId) && db.Projects.Any(p => p.Id == a.ProjectId && counted.Contains(p.Status)))
            .Select(a => new { a.EngineerId, a.Allocation })
            .ToListAsync(cancellationToken);
        return [.. project.Assignments.OrderBy(a => names.GetValueOrDefault(a.EngineerId)).Select(a =>
        {
            var (total, over) = Allocation.Total(all.Where(x => x.EngineerId == a.EngineerId).Select(x => x.Allocation));
            return new AssignmentView(a.EngineerId, names.GetValueOrDefault(a.EngineerId) ?? "?", Allocation.ToPercent(a.Allocation), total, over);
        })];
    }
}

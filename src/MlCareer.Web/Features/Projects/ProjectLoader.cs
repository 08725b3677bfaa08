using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Loads a project for a change and checks that the caller may make it.</summary>
internal static class ProjectLoader
{
    public static async Task<ProjectActor?> GetActorAsync(this ICurrentUser currentUser, MlCareerDbContext db, CancellationToken cancellationToken)
    {
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        return caller is null ? null : new ProjectActor(caller.EngineerId, caller.TeamId, caller.IsTeamLead);
    }

    /// <summary>
    /// The tracked project with phases, periods and assignments, or the error to return. An archived
    /// project is read-only: only <paramref name="archivedToo"/> callers (restore, delete) get it.
    /// </summary>
    public static async Task<(Project? Project, ResultError? Error)> LoadEditableAsync(
        this ICurrentUser currentUser, MlCareerDbContext db, int projectId, CancellationToken cancellationToken, bool archivedToo = false)
    {
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        var project = await db.Projects
            .Include(p => p.Phases).ThenInclude(p => p.Periods)
            .Include(p => p.Assignments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return (null, InputValidation.NotFound());
        }

        if (actor is null || !actor.CanEdit(project))
        {
            return (null, new ResultError(ErrorKind.Forbidden, "Errors.Forbidden"));
        }

        return project.IsArchived && !archivedToo ? (null, ResultError.From(new RuleViolation(RuleCode.ProjectArchived))) : (project, null);
    }

    public static DateOnly ToDate(this DateTime value) => DateOnly.FromDateTime(value);

    public static DateOnly? ToDate(this DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}

using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Engineers of the team on a project, with their allocation (5–100% of capacity).</summary>
public sealed class AssignmentService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser)
{
    /// <summary>
    /// Adds an assignment (no version) or changes one (the version the form showed), and returns the
    /// engineer's new total over the projects that count ahead. A change from a stale form, or an add
    /// that someone else made first, is a conflict; nothing is lost silently.
    /// </summary>
    public async Task<Result<AssignmentView>> SaveAsync(int projectId, AssignmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result<AssignmentView>.Fail(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, projectId, cancellationToken);
        if (project is null)
        {
            return Result<AssignmentView>.Fail(error!);
        }

        var engineerId = input.EngineerId!.Value;
        if (!await db.Engineers.AnyAsync(e => e.Id == engineerId && e.TeamId == project.TeamId, cancellationToken))
        {
            return Result<AssignmentView>.Invalid("Assignments.NotInTeam", nameof(AssignmentInput.EngineerId));
        }

        var assignment = project.Assignments.FirstOrDefault(a => a.EngineerId == engineerId);
        if ((assignment is null) != (input.Version is null))
        {
            return Result<AssignmentView>.Fail(InputValidation.Conflict());
        }

        if (assignment is null)
        {
            assignment = new Assignment { EngineerId = engineerId };
            project.Assignments.Add(assignment);
        }
        else
        {
            db.Entry(assignment).Property(a => a.Version).OriginalValue = input.Version!.Value;
        }

        if (assignment.TrySetAllocation(input.AllocationPercent!.Value) is { } violation)
        {
            return Result<AssignmentView>.Invalid(violation, nameof(AssignmentInput.AllocationPercent));
        }

        var saved = await db.TrySaveAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return Result<AssignmentView>.Fail(saved.Error!);
        }

        var views = await ProjectService.AssignmentViewsAsync(db, project, cancellationToken);
        return Result<AssignmentView>.Ok(views.Single(v => v.EngineerId == engineerId));
    }

    /// <summary>Takes an engineer off the project; their logged hours stay. A stale form is a conflict.</summary>
    public async Task<Result> RemoveAsync(int projectId, int engineerId, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, projectId, cancellationToken);
        if (project is null)
        {
            return Result.Fail(error!);
        }

        if (project.Assignments.FirstOrDefault(a => a.EngineerId == engineerId) is not { } assignment)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        db.Entry(assignment).Property(a => a.Version).OriginalValue = version;
        project.Assignments.Remove(assignment);
        return await db.TrySaveAsync(cancellationToken);
    }
}

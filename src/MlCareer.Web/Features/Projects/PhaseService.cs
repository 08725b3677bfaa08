using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Phases and their periods: add, edit, reorder, remove, start and finish. Editors of the project only.</summary>
/// <remarks>Every rule is the phase's or the project's own (Core); this service loads, checks rights, applies and saves.</remarks>
public sealed class PhaseService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<Result> SaveAsync(int projectId, PhaseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        var today = time.Today();
        return await ChangeAsync(projectId, input.Id, input.Id is null ? null : input.Version, (project, phase) =>
        {
            var isNew = phase is null;
            phase ??= new Phase();
            phase.SetShare(input.SharePercent is { } percent ? Share.FromPercent(percent) : null);
            var broken = phase.TrySetKind(input.Kind) ?? phase.TrySetNotes(input.Notes)
                ?? phase.TryPlan(input.PlannedStart!.Value.ToDate(), input.PlannedEnd!.Value.ToDate())
                ?? phase.TryRecord(input.ActualStart.ToDate(), input.ActualEnd.ToDate(), today)
                ?? phase.TrySetTentative(input.IsTentative);
            if (broken is null && isNew)
            {
                project.AddPhase(phase);
            }

            return Rule(broken?.On(broken.Field == nameof(Phase.Status) ? nameof(PhaseInput.IsTentative) : broken.Field));
        }, cancellationToken);
    }

    /// <summary>Removes a phase nobody has logged hours on; the others are numbered again.</summary>
    public async Task<Result> RemoveAsync(int projectId, int phaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, projectId, cancellationToken);
        if (project?.Phases.FirstOrDefault(p => p.Id == phaseId) is not { } phase)
        {
            return Result.Fail(error ?? InputValidation.NotFound());
        }

        var logged = await db.HourLogs.CountAsync(h => h.PhaseId == phaseId, cancellationToken);
        if (logged > 0)
        {
            return Result.Invalid("Phases.HasLoggedHours", null, logged);
        }

        project.RemovePhase(phase);
        return await db.TrySaveAsync(cancellationToken);
    }

    /// <summary>Moves a phase one place up (-1) or down (+1) in the plan.</summary>
    public Task<Result> MoveAsync(int projectId, int phaseId, int direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (project, phase) =>
        {
            project.MovePhase(phase!, Math.Sign(direction));
            return null;
        }, cancellationToken);

    public Task<Result> StartAsync(int projectId, int phaseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) => Rule(phase!.TryStart(time.Today())), cancellationToken);

    public Task<Result> FinishAsync(int projectId, int phaseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) => Rule(phase!.TryFinish(time.Today())), cancellationToken);

    public async Task<Result> AddPeriodAsync(int projectId, int phaseId, PeriodInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        Share? share = input.SharePercent is { } percent ? Share.FromPercent(percent) : null;
        return await ChangeAsync(projectId, phaseId, null, (project, phase) =>
            Rule(phase!.TryAddPeriod(input.Label, input.Start!.Value.ToDate(), input.End!.Value.ToDate(), share, time.Today(), out var added)), cancellationToken);
    }

    public Task<Result> RemovePeriodAsync(int projectId, int phaseId, int periodId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) => phase!.RemovePeriod(periodId) ? null : InputValidation.NotFound(), cancellationToken);

    private static ResultError? Rule(RuleViolation? violation) => violation is null ? null : ResultError.From(violation);

    /// <summary>
    /// Loads the project for an editor, finds the phase (when one is named), applies the change and saves.
    /// A version from an edit form makes a stale edit a conflict; the phase's version is renewed on any change.
    /// </summary>
    private async Task<Result> ChangeAsync(
        int projectId, int? phaseId, Guid? version, Func<Project, Phase?, ResultError?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (project, error) = await currentUser.LoadEditableAsync(db, projectId, cancellationToken);
        if (project is null)
        {
            return Result.Fail(error!);
        }

        var phase = phaseId is { } id ? project.Phases.FirstOrDefault(p => p.Id == id) : null;
        if (phaseId is not null && phase is null)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        if (phase is not null)
        {
            db.Entry(phase).Property(p => p.Version).OriginalValue = version ?? phase.Version;
        }

        if (change(project, phase) is { } failed)
        {
            return Result.Fail(failed);
        }

        if (phase is not null && db.Entry(phase).State == EntityState.Unchanged)
        {
            db.Entry(phase).State = EntityState.Modified;
        }

        return await db.TrySaveAsync(cancellationToken);
    }
}

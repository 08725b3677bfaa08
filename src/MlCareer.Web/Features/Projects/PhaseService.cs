using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Phases and their periods: add, edit, reorder, remove, start and finish. Team members only.</summary>
public sealed class PhaseService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser, TimeProvider time)
{
    public async Task<Result> SaveAsync(int projectId, PhaseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((InputValidation.Validate(input) ?? CheckDates(input)) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        return await ChangeAsync(projectId, input.Id, input.Id is null ? null : input.Version, (project, phase) =>
        {
            if (phase is null)
            {
                phase = new Phase { Order = project.Phases.Count == 0 ? 1 : project.Phases.Max(p => p.Order) + 1 };
                project.Phases.Add(phase);
            }

            phase.Kind = input.Kind;
            phase.Status = input.Status;
            phase.InvolvementShare = input.SharePercent is { } percent ? new Share(percent / 100.0) : null;
            phase.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
            phase.Plan(input.PlannedStart!.Value.ToDate(), input.PlannedEnd!.Value.ToDate());
            phase.Record(input.ActualStart.ToDate(), input.ActualEnd.ToDate());
            return null;
        }, cancellationToken);
    }

    public Task<Result> RemoveAsync(int projectId, int phaseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (project, phase) =>
        {
            project.Phases.Remove(phase!);
            var order = 1;
            foreach (var remaining in project.Phases.OrderBy(p => p.Order))
            {
                remaining.Order = order++;
            }

            return null;
        }, cancellationToken);

    /// <summary>Moves a phase one place up (-1) or down (+1) in the plan.</summary>
    public Task<Result> MoveAsync(int projectId, int phaseId, int direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (project, phase) =>
        {
            var ordered = project.Phases.OrderBy(p => p.Order).ToList();
            var index = ordered.IndexOf(phase!) + Math.Sign(direction);
            if (index >= 0 && index < ordered.Count)
            {
                (phase!.Order, ordered[index].Order) = (ordered[index].Order, phase.Order);
            }

            return null;
        }, cancellationToken);

    public Task<Result> StartAsync(int projectId, int phaseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) =>
        {
            phase!.Start(time.Today());
            return null;
        }, cancellationToken);

    public Task<Result> FinishAsync(int projectId, int phaseId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) =>
            phase!.TryFinish(time.Today()) ? null : new ResultError(ErrorKind.Invalid, "Phases.FinishBeforeStart"), cancellationToken);

    public async Task<Result> AddPeriodAsync(int projectId, int phaseId, PeriodInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        var (start, end) = (input.Start!.Value.ToDate(), input.End!.Value.ToDate());
        if (end < start)
        {
            return Result.Invalid("Phases.EndBeforeStart", nameof(PeriodInput.End));
        }

        return await ChangeAsync(projectId, phaseId, null, (_, phase) =>
        {
            if (start < phase!.EffectiveStart || end > phase.EffectiveEnd)
            {
                return new ResultError(ErrorKind.Invalid, "Phases.PeriodOutside", nameof(PeriodInput.Start));
            }

            var period = new PhasePeriod { Label = input.Label.Trim(), Share = new Share(input.SharePercent / 100.0) };
            period.Plan(start, end);
            phase.Periods.Add(period);
            return null;
        }, cancellationToken);
    }

    public Task<Result> RemovePeriodAsync(int projectId, int phaseId, int periodId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, phaseId, null, (_, phase) =>
            phase!.Periods.RemoveAll(p => p.Id == periodId) == 1 ? null : InputValidation.NotFound(), cancellationToken);

    private static ResultError? CheckDates(PhaseInput input)
    {
        if (input.PlannedEnd < input.PlannedStart)
        {
            return new ResultError(ErrorKind.Invalid, "Phases.EndBeforeStart", nameof(PhaseInput.PlannedEnd));
        }

        if (input.ActualEnd is not null && input.ActualStart is null)
        {
            return new ResultError(ErrorKind.Invalid, "Phases.ActualEndWithoutStart", nameof(PhaseInput.ActualStart));
        }

        return input.ActualEnd < input.ActualStart
            ? new ResultError(ErrorKind.Invalid, "Phases.EndBeforeStart", nameof(PhaseInput.ActualEnd))
            : null;
    }

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

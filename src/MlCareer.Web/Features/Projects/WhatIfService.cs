using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Projects;

public sealed record WhatIfEngineer(string Name, IReadOnlyList<LowWindow> Before, IReadOnlyList<LowWindow> After);

public sealed record WhatIfPreview(DateOnly Start, DateOnly End, IReadOnlyList<WhatIfEngineer> Engineers);

/// <summary>
/// "What if this phase moved?": recomputes the windows of the project's engineers with the phase (and
/// its periods) shifted by whole weeks, without saving anything.
/// </summary>
public sealed class WhatIfService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, WorkloadReader workloads)
{
    public const int MaxShiftWeeks = 26;

    public async Task<Result<WhatIfPreview>> PreviewAsync(int projectId, int phaseId, int shiftWeeks, CancellationToken cancellationToken = default)
    {
        if (Math.Abs(shiftWeeks) > MaxShiftWeeks)
        {
            return Result<WhatIfPreview>.Invalid("Validation.Range", null, string.Empty, -MaxShiftWeeks, MaxShiftWeeks);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await currentUser.GetActorAsync(db, cancellationToken);
        var project = await db.Projects.AsNoTracking().Include(p => p.Assignments).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == phaseId && p.ProjectId == projectId, cancellationToken);
        if (project is null || phase is null || actor is null || !actor.CanView(project))
        {
            return Result<WhatIfPreview>.Fail(InputValidation.NotFound());
        }

        var ids = project.Assignments.Select(a => a.EngineerId).ToList();
        var read = await workloads.TeamAsync(db, ids, from: null, cancellationToken);
        var calculator = read.Horizon();
        var names = await db.Engineers.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, cancellationToken);
        var days = shiftWeeks * 7;
        var engineers = read.All
            .Select(plan => new WhatIfEngineer(
                names.GetValueOrDefault(plan.EngineerId) ?? "?",
                calculator.Compute(plan).Windows,
                calculator.Compute(Shift(plan, phaseId, days)).Windows))
            .OrderBy(e => e.Name, StringComparer.CurrentCulture)
            .ToList();
        var moved = phase.InForce(read.Today).Shift(days);
        return Result<WhatIfPreview>.Ok(new WhatIfPreview(moved.Start, moved.End, engineers));
    }

    /// <summary>The plan with one phase and its periods moved by <paramref name="days"/>.</summary>
    public static EngineerPlan Shift(EngineerPlan plan, int phaseId, int days)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            Projects = [.. plan.Projects.Select(project => project with
            {
                Phases = [.. project.Phases.Select(phase => phase.PhaseId == phaseId ? phase.Shift(days) : phase)],
            })],
        };
    }
}

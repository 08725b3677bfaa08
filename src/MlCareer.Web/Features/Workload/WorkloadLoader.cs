using MlCareer.Core.Activities;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Workload;

/// <summary>
/// Reads what the engine needs for a set of engineers in five queries, whatever their number: profiles,
/// assignments on planned and active projects, those projects' phases and periods, logs from a given
/// week on, and planned or active side activities.
/// </summary>
public static class WorkloadLoader
{
    public static async Task<WorkloadRules> RulesAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return WorkloadRules.From(settings ?? PlanningSettings.CreateDefault());
    }

    public static async Task<IReadOnlyList<EngineerPlan>> PlansAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, IsoWeek logsFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var capacities = await db.Engineers.AsNoTracking().Where(e => engineerIds.Contains(e.Id))
            .Select(e => new { e.Id, e.CapacityHours }).ToListAsync(cancellationToken);
        var counted = Allocation.CountedStatuses;
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => engineerIds.Contains(a.EngineerId))
            .Join(db.Projects.Where(p => counted.Contains(p.Status)), a => a.ProjectId, p => p.Id, (a, p) => new { a.EngineerId, a.ProjectId, p.Name, a.Allocation })
            .ToListAsync(cancellationToken);
        var projectIds = assignments.Select(a => a.ProjectId).Distinct().ToList();
        var phases = await db.Phases.AsNoTracking().Include(p => p.Periods).Where(p => projectIds.Contains(p.ProjectId)).ToListAsync(cancellationToken);
        var phasesByProject = phases.ToLookup(p => p.ProjectId, PhasePlan.From);
        var logs = await db.HourLogs.AsNoTracking()
            .Where(h => engineerIds.Contains(h.EngineerId) && h.Week >= logsFrom)
            .Join(db.Phases, h => h.PhaseId, p => p.Id, (h, p) => new { h.EngineerId, h.Week, p.Kind, h.Hours })
            .ToListAsync(cancellationToken);
        var active = new[] { EngagementStatus.Planned, EngagementStatus.Active };
        var engagements = await db.Engagements.AsNoTracking()
            .Where(e => engineerIds.Contains(e.EngineerId) && active.Contains(e.Status))
            .Join(db.SideActivities, e => e.SideActivityId, a => a.Id, (e, a) => new { e.EngineerId, a.Title, e.Start, e.End, e.HoursPerWeek })
            .ToListAsync(cancellationToken);

        var assignmentsBy = assignments.ToLookup(a => a.EngineerId);
        var logsBy = logs.ToLookup(l => l.EngineerId);
        var engagementsBy = engagements.ToLookup(e => e.EngineerId);
        return [.. capacities.Select(e => new EngineerPlan(
            e.Id,
            e.CapacityHours.Value,
            [.. assignmentsBy[e.Id].Select(a => new ProjectPlan(a.ProjectId, a.Name, a.Allocation.Value, [.. phasesByProject[a.ProjectId]]))],
            [.. logsBy[e.Id].Select(l => new LoggedHours(l.Week, l.Kind, l.Hours.Value))],
            [.. engagementsBy[e.Id].Select(x => new SideCommitment(x.Title, x.Start, x.End, x.HoursPerWeek.Value))]))];
    }
}

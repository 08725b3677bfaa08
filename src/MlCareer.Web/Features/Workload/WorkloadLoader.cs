using Microsoft.EntityFrameworkCore.Infrastructure;
using MlCareer.Core.Activities;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Workload;

/// <summary>
/// Reads what the engine needs for a set of engineers in five queries, whatever their number: profiles,
/// their assignments with the projects' status, those projects' phases and periods, logs from a given
/// week on, and the side activities that still count from then on.
/// </summary>
public static class WorkloadLoader
{
    public static async Task<WorkloadRules> RulesAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return WorkloadRules.From(await db.GetService<Settings.SettingsCache>().GetAsync(db, cancellationToken));
    }

    /// <summary>
    /// One engineer's weeks and windows as of <paramref name="today"/>: <paramref name="pastWeeks"/> weeks back, then the
    /// planning horizon, with the saved settings.
    /// </summary>
    public static async Task<MyWorkload> ComputeAsync(MlCareerDbContext db, int engineerId, DateOnly today, int pastWeeks, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(db, cancellationToken);
        var current = IsoWeek.FromDate(today);
        var calculator = WorkloadCalculator.ForHorizon(rules, current, pastWeeks);
        var plan = (await PlansAsync(db, [engineerId], calculator.Weeks[0], today, cancellationToken)).Single();
        return new MyWorkload(calculator.Compute(plan), rules, current, pastWeeks);
    }

    /// <summary>
    /// The plans of <paramref name="engineerIds"/>: every project they are assigned to (those that no longer
    /// count ahead still count in past weeks), phases in force as of <paramref name="today"/>, logs from
    /// <paramref name="logsFrom"/> on, and engagements over the days they count.
    /// </summary>
    public static async Task<IReadOnlyList<EngineerPlan>> PlansAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, IsoWeek logsFrom, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var capacities = await db.Engineers.AsNoTracking().Where(e => engineerIds.Contains(e.Id))
            .Select(e => new { e.Id, e.CapacityHours }).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => engineerIds.Contains(a.EngineerId))
            .Join(db.Projects, a => a.ProjectId, p => p.Id, (a, p) => new { a.EngineerId, a.ProjectId, p.Name, a.Allocation, p.Status, p.ArchivedOn })
            .ToListAsync(cancellationToken);
        var projectIds = assignments.Select(a => a.ProjectId).Distinct().ToList();
        var phases = await db.Phases.AsNoTracking().Include(p => p.Periods).Where(p => projectIds.Contains(p.ProjectId)).ToListAsync(cancellationToken);
        var phasesByProject = phases.ToLookup(p => p.ProjectId, p => PhasePlan.From(p, today));
        var logs = await db.HourLogs.AsNoTracking()
            .Where(h => engineerIds.Contains(h.EngineerId) && h.Week >= logsFrom)
            .Join(db.Phases, h => h.PhaseId, p => p.Id, (h, p) => new { h.EngineerId, h.Week, p.Kind, h.Hours, p.ProjectId })
            .Join(db.Projects, l => l.ProjectId, p => p.Id, (l, p) => new { l.EngineerId, l.Week, l.Kind, l.Hours, p.Name })
            .ToListAsync(cancellationToken);
        var engagements = await db.Engagements.AsNoTracking()
            .Where(e => engineerIds.Contains(e.EngineerId) && e.End >= logsFrom.Monday)
            .Join(db.SideActivities, e => e.SideActivityId, a => a.Id, (e, a) => new { Engagement = e, a.Title })
            .ToListAsync(cancellationToken);

        var assignmentsBy = assignments.ToLookup(a => a.EngineerId);
        var logsBy = logs.ToLookup(l => l.EngineerId);
        var engagementsBy = engagements.ToLookup(e => e.Engagement.EngineerId);
        return [.. capacities.Select(e => new EngineerPlan(
            e.Id,
            e.CapacityHours.Value,
            [.. assignmentsBy[e.Id].Select(a => new ProjectPlan(
                a.ProjectId, a.Name, a.Allocation.Value, [.. phasesByProject[a.ProjectId]], Project.Counts(a.Status, a.ArchivedOn is not null)))],
            [.. logsBy[e.Id].Select(l => new LoggedHours(l.Week, l.Kind, l.Hours.Value, l.Name))],
            [.. engagementsBy[e.Id].Select(x => SideCommitment.From(x.Engagement, x.Title)).OfType<SideCommitment>()]))];
    }
}

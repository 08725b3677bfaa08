using MlCareer.Core.Activities;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// Reads one engineer's <see cref="SuggestionContext"/> in a fixed number of queries: the settings, the
/// profile, the catalog, the active teammates, their plans (through <see cref="WorkloadReader"/>), the
/// engineer's engagements and answers, and the teammates' open team activities.
/// </summary>
public sealed class SuggestionContextLoader(WorkloadReader workloads)
{
    /// <summary>The whole context, as the suggestions page, Home, My activities and the bell show it.</summary>
    public Task<SuggestionContext?> LoadAsync(MlCareerDbContext db, int engineerId, DateOnly today, CancellationToken cancellationToken) =>
        LoadAsync(db, engineerId, today, _ => true, cancellationToken);

    /// <summary>
    /// The context an answer to <paramref name="sideActivityId"/> is checked against. The teammates (their windows and
    /// team activities) are read and computed only when that activity is done as a team, the one filter that needs
    /// them; for any other answer the engineer's own plan is the only one read and computed.
    /// </summary>
    public Task<SuggestionContext?> LoadToCheckAsync(MlCareerDbContext db, int engineerId, DateOnly today, int sideActivityId, CancellationToken cancellationToken) =>
        LoadAsync(db, engineerId, today, catalog => catalog.Any(a => a.Id == sideActivityId && a.NeedsTeam), cancellationToken);

    private async Task<SuggestionContext?> LoadAsync(
        MlCareerDbContext db, int engineerId, DateOnly today, Func<IReadOnlyList<SideActivity>, bool> withTeammates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.Engineers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == engineerId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var current = IsoWeek.FromDate(today);
        var rules = await WorkloadReader.RulesAsync(db, cancellationToken);
        var catalog = await db.SideActivities.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var teammates = profile.TeamId is not { } teamId || !withTeammates(catalog) ? [] : await db.Engineers.AsNoTracking()
            .Where(e => e.TeamId == teamId && e.Id != engineerId)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { e.Id, e.DisplayName, u.DeactivatedAt })
            .Where(x => x.DeactivatedAt == null)
            .Select(x => new { x.Id, x.DisplayName })
            .ToListAsync(cancellationToken);
        var names = teammates.ToDictionary(t => t.Id, t => t.DisplayName);
        var plans = await workloads.TeamAsync(db, [engineerId, .. names.Keys], current, rules, cancellationToken);
        var plan = plans.Of(engineerId);
        var calculator = SuggestionInputs.Calculator(rules, current, catalog);
        var workload = calculator.Compute(plan);
        var horizon = plans.Horizon();
        var teammateWindows = plans.All.Where(p => p.EngineerId != engineerId)
            .SelectMany(p => SuggestionInputs.TeammateWindows(p.EngineerId, names[p.EngineerId], horizon.Compute(p)))
            .ToList();

        var engagements = await db.Engagements.AsNoTracking().Where(e => e.EngineerId == engineerId)
            .OrderBy(e => e.Start).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var dismissals = await db.SuggestionDismissals.AsNoTracking().Where(d => d.EngineerId == engineerId).ToListAsync(cancellationToken);
        var teamIds = names.Keys.ToList();
        var teamActivities = teamIds.Count == 0 ? [] : await db.Engagements.AsNoTracking()
            .Where(e => teamIds.Contains(e.EngineerId) && e.End >= current.Monday
                && (e.Status == EngagementStatus.Planned || e.Status == EngagementStatus.Active))
            .Join(db.SideActivities.Where(a => a.NeedsTeam), e => e.SideActivityId, a => a.Id, (e, a) => e)
            .ToListAsync(cancellationToken);

        var kinds = catalog.ToDictionary(a => a.Id, a => a.Kind);
        var recentFrom = current.AddWeeks(-SuggestionRules.Default.RecentWeeks).Monday;
        var input = new SuggestionInput(
            SuggestionInputs.Facts(profile),
            current,
            SuggestionInputs.Windows(workload),
            SuggestionInputs.Weeks(workload, current),
            [.. engagements.Select(e => (e, Dates: e.CountedDates)).Where(x => x.Dates is { } d && d.End >= recentFrom)
                .Select(x => new RecentEngagement(x.e.SideActivityId, kinds[x.e.SideActivityId], x.Dates!.Value.Start, x.Dates.Value.End, x.e.HoursPerWeek.Value))],
            [.. plan.Projects.SelectMany(p => p.Phases
                .Where(ph => ph.Kind is PhaseKind.ModelDevelopment or PhaseKind.Deployment)
                .Select(ph => new FinishedPhase(p.ProjectName, ph.Kind, ph.End)))],
            teammateWindows,
            SuggestionFeedback.Hidden(dismissals, engagements, today));
        var byId = catalog.ToDictionary(a => a.Id);
        return new SuggestionContext(
            profile,
            today,
            rules,
            catalog,
            workload,
            () => calculator.Compute(plan, explainEveryWeek: true),
            engagements,
            input,
            [.. teamActivities.Select(e => new TeammateEngagement(
                e.Id, e.EngineerId, names[e.EngineerId], e.SideActivityId, ActivityTitles.Title(byId[e.SideActivityId]), e.Start, e.End))]);
    }
}

using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Data;
using MlCareer.Web.Features.Workload;

namespace MlCareer.Web.Features.Api;

/// <summary>
/// The caller's suggestions, from the Core suggestion engine: their windows and plan (over the horizon and the
/// longest commitment of the catalog), their side activities, the model-development and deployment phases of
/// their projects that end from eight weeks back to the horizon, and their teammates' windows.
/// </summary>
public sealed class SuggestionReadService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<WindowSuggestions>>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return Result<IReadOnlyList<WindowSuggestions>>.Forbidden();
        }

        var profile = await db.Engineers.AsNoTracking().SingleAsync(e => e.Id == caller.EngineerId, cancellationToken);
        var catalog = await db.SideActivities.AsNoTracking().ToListAsync(cancellationToken);
        var rules = await WorkloadLoader.RulesAsync(db, cancellationToken);
        var today = time.Today();
        var current = IsoWeek.FromDate(today);
        var calculator = SuggestionInputs.Calculator(rules, current, catalog);
        var team = await db.Engineers.AsNoTracking()
            .Where(e => e.Id == caller.EngineerId || (caller.TeamId != null && e.TeamId == caller.TeamId))
            .Select(e => new { e.Id, e.DisplayName }).ToListAsync(cancellationToken);
        var workloads = (await WorkloadLoader.PlansAsync(db, [.. team.Select(t => t.Id)], current, today, cancellationToken))
            .ToDictionary(p => p.EngineerId, calculator.Compute);
        var mine = workloads[caller.EngineerId];

        var engagements = await db.Engagements.AsNoTracking().Where(e => e.EngineerId == caller.EngineerId)
            .Join(db.SideActivities, e => e.SideActivityId, a => a.Id, (e, a) => new { Engagement = e, a.Kind })
            .ToListAsync(cancellationToken);
        var recent = engagements
            .Where(x => x.Engagement.CountedDates is not null)
            .Select(x => new RecentEngagement(x.Engagement.SideActivityId, x.Kind, x.Engagement.CountedDates!.Value.Start, x.Engagement.CountedDates!.Value.End, x.Engagement.HoursPerWeek.Value))
            .ToList();

        var from = current.AddWeeks(-8).Monday;
        var to = current.AddWeeks(rules.HorizonWeeks).Sunday;
        var phases = await (from phase in db.Phases.AsNoTracking()
                            join project in db.Projects on phase.ProjectId equals project.Id
                            where db.Assignments.Any(a => a.ProjectId == project.Id && a.EngineerId == caller.EngineerId)
                                && (phase.Kind == PhaseKind.ModelDevelopment || phase.Kind == PhaseKind.Deployment)
                            select new { Phase = phase, project.Name }).ToListAsync(cancellationToken);
        var finished = phases.Select(p => new FinishedPhase(p.Name, p.Phase.Kind, p.Phase.InForce(today).End)).Where(p => p.End >= from && p.End <= to).ToList();
        var teammates = team.Where(t => t.Id != caller.EngineerId)
            .SelectMany(t => SuggestionInputs.TeammateWindows(t.Id, t.DisplayName, workloads[t.Id])).ToList();

        var input = new SuggestionInput(
            SuggestionInputs.Facts(profile, []), current, SuggestionInputs.Windows(mine), SuggestionInputs.Weeks(mine, current), recent, finished, teammates);
        return Result<IReadOnlyList<WindowSuggestions>>.Ok(new SuggestionEngine(catalog).Suggest(input));
    }
}

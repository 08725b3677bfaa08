using Microsoft.EntityFrameworkCore.Infrastructure;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>
/// The workload's read side: the rules from the saved settings, the plans and the engine's weeks for one engineer, a
/// team (any set of engineers) or the organisation, as of today, read through the caller's open context in a fixed
/// number of queries. My workload, a member's page, the team page, the what-if preview, the API, the exports, the
/// calendar feed and the suggestions all read the workload here; access checks stay with the calling service.
/// </summary>
public sealed class WorkloadReader(TimeProvider time)
{
    /// <summary>Weeks shown before the current one on an engineer's chart (My workload, a member's page).</summary>
    public const int PastWeeks = 12;

    /// <summary>The engine's rules from the saved settings.</summary>
    public static async Task<WorkloadRules> RulesAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return WorkloadRules.From(await db.GetService<Settings.SettingsCache>().GetAsync(db, cancellationToken));
    }

    /// <summary>One engineer's weeks and windows: <paramref name="pastWeeks"/> weeks back, then the planning horizon.</summary>
    public async Task<MyWorkload> EngineerAsync(MlCareerDbContext db, int engineerId, int pastWeeks, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var plans = await ReadAsync(db, [engineerId], IsoWeek.FromDate(today).AddWeeks(-pastWeeks), await RulesAsync(db, cancellationToken), today, cancellationToken);
        return new MyWorkload(plans.Horizon().Compute(plans.Of(engineerId)), plans.Rules, plans.CurrentWeek, pastWeeks);
    }

    /// <summary>
    /// The plans of <paramref name="engineerIds"/> (a team, or any set of engineers), with logs from <paramref name="from"/>
    /// on (from the current week when it is null or later), under the saved settings.
    /// </summary>
    public async Task<WorkloadPlans> TeamAsync(MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, IsoWeek? from, CancellationToken cancellationToken) =>
        await ReadAsync(db, engineerIds, from, await RulesAsync(db, cancellationToken), time.Today(), cancellationToken);

    /// <summary>The plans of <paramref name="engineerIds"/>, as <see cref="TeamAsync(MlCareerDbContext, IReadOnlyCollection{int}, IsoWeek?, CancellationToken)"/>, under rules the caller has read already.</summary>
    public Task<WorkloadPlans> TeamAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, IsoWeek? from, WorkloadRules rules, CancellationToken cancellationToken) =>
        ReadAsync(db, engineerIds, from, rules, time.Today(), cancellationToken);

    /// <summary>The plans of every engineer of the organisation, with logs from <paramref name="from"/> on (from the current week when it is null or later).</summary>
    public async Task<WorkloadPlans> OrganisationAsync(MlCareerDbContext db, IsoWeek? from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var everyone = await db.Engineers.AsNoTracking().Select(e => e.Id).ToListAsync(cancellationToken);
        return await TeamAsync(db, everyone, from, cancellationToken);
    }

    private static async Task<WorkloadPlans> ReadAsync(
        MlCareerDbContext db, IReadOnlyCollection<int> engineerIds, IsoWeek? from, WorkloadRules rules, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engineerIds);
        ArgumentNullException.ThrowIfNull(rules);
        var current = IsoWeek.FromDate(today);
        var first = from is { } week && week < current ? week : current;
        return new WorkloadPlans(rules, today, first, await PlanLoader.PlansAsync(db, engineerIds, first, today, cancellationToken));
    }
}

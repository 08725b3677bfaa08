using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Web.Features.Workload;

/// <summary>What the engine says about the signed-in engineer: the chart's weeks and the windows ahead.</summary>
public sealed record MyWorkload(EngineerWorkload Workload, WorkloadRules Rules, IsoWeek CurrentWeek, int PastWeeks)
{
    public LowWindow? NextWindow => Workload.Windows.Count > 0 ? Workload.Windows[0] : null;
}

/// <summary>Week-by-week load and low-involvement windows of the signed-in engineer.</summary>
public sealed class WorkloadService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    /// <summary>Weeks shown before the current one on the chart.</summary>
    public const int PastWeeks = 12;

    public async Task<Result<MyWorkload>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null)
        {
            return Result<MyWorkload>.Forbidden();
        }

        return Result<MyWorkload>.Ok(await WorkloadLoader.ComputeAsync(db, caller.EngineerId, time.Today(), PastWeeks, cancellationToken));
    }

    public IsoWeek CurrentWeek() => time.CurrentWeek();
}

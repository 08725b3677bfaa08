using MlCareer.Data;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Workload;

/// <summary>Week-by-week load and low-involvement windows of the signed-in engineer.</summary>
public sealed class WorkloadService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time, WorkloadReader workloads)
{
    public async Task<Result<MyWorkload>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caller = await currentUser.GetCallerAsync(db, cancellationToken);
        if (caller is null)
        {
            return Result<MyWorkload>.Forbidden();
        }

        return Result<MyWorkload>.Ok(await workloads.EngineerAsync(db, caller.EngineerId, WorkloadReader.PastWeeks, cancellationToken));
    }

    public IsoWeek CurrentWeek() => time.CurrentWeek();
}

using MlCareer.Data;

namespace MlCareer.Web.Features.Workload;

/// <summary>Week-by-week load and low-involvement windows of the signed-in engineer.</summary>
public sealed class WorkloadService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser, TimeProvider time)
{
    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly CurrentUser _currentUser = currentUser;
    private readonly TimeProvider _time = time;
}

using MlCareer.Data;

namespace MlCareer.Web.Features.Projects;

/// <summary>Projects, their phases, periods and assignments, for members of the project's team.</summary>
public sealed class ProjectService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser, TimeProvider time)
{
    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly CurrentUser _currentUser = currentUser;
    private readonly TimeProvider _time = time;
}

using MlCareer.Data;

namespace MlCareer.Web.Features.Timesheet;

/// <summary>The signed-in engineer's weekly timesheet: read a week, save it, copy the previous one.</summary>
public sealed class TimesheetService(IDbContextFactory<MlCareerDbContext> contexts, CurrentUser currentUser, TimeProvider time)
{
    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly CurrentUser _currentUser = currentUser;
    private readonly TimeProvider _time = time;
}
